/**
 * Progressive enhancement for policy pages: adds a "Cite" button to every
 * numbered paragraph (`[data-pp-para]`). It copies the citation and the
 * paragraph's permalink, and announces the result in a polite live region.
 *
 * One tab stop per paragraph: with the button in place, the paragraph's ¶
 * permalink leaves the tab order (it stays a link for the mouse and for
 * screen readers' link lists, and its address is in what the button copies).
 * Without JavaScript the ¶ permalink is the paragraph's one stop.
 *
 * The button keeps its size while it reports: "Cite" turns into a check mark
 * (or a cross), never a wider word that would cover the paragraph text.
 */
function announce(region: HTMLElement, text: string): void {
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Copies with the Clipboard API; false where it is unavailable (insecure origin, denied). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const LABEL = 'Cite';

export function enhanceCitations(root: ParentNode = document): void {
  const region = document.querySelector<HTMLElement>('[data-pp-copy-status]');
  if (!region) return;
  for (const para of root.querySelectorAll<HTMLElement>('[data-pp-para]')) {
    if (para.querySelector('[data-pp-copy]')) continue;
    const cite = para.dataset['ppCite'] ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pp-para__copy';
    button.dataset['ppCopy'] = '';
    button.textContent = LABEL;
    button.setAttribute('aria-label', `Cite: copy the citation and link for ${cite}`);
    button.addEventListener('click', () => {
      const url = new URL(`#${para.id}`, window.location.href).href;
      const text = `${cite}. ${url}`;
      void copyText(text).then((ok) => {
        announce(region, ok ? `Copied: ${text}` : `Could not copy. Citation: ${text}`);
        button.textContent = ok ? '✓' : '✗';
        button.dataset['ppCopied'] = ok ? 'yes' : 'no';
        window.setTimeout(() => {
          button.textContent = LABEL;
          delete button.dataset['ppCopied'];
        }, 2000);
      });
    });
    para.querySelector<HTMLAnchorElement>(':scope > .pp-para__num')?.setAttribute('tabindex', '-1');
    para.append(button);
  }
}

enhanceCitations();

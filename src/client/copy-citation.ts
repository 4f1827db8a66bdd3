/**
 * Progressive enhancement for policy pages: adds a "Copy citation" button to
 * every numbered paragraph (`[data-pp-para]`). It copies the citation and the
 * paragraph's permalink, and announces the result in a polite live region.
 * Without JavaScript each paragraph still has its ¶ permalink.
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
    button.textContent = 'Cite';
    button.setAttribute('aria-label', `Cite: copy the citation and link for ${cite}`);
    button.addEventListener('click', () => {
      const url = new URL(`#${para.id}`, window.location.href).href;
      const text = `${cite}. ${url}`;
      void copyText(text).then((ok) => {
        announce(region, ok ? `Copied: ${text}` : `Could not copy. Citation: ${text}`);
        button.textContent = ok ? 'Copied' : 'Failed';
        window.setTimeout(() => {
          button.textContent = 'Cite';
        }, 2000);
      });
    });
    para.append(button);
  }
}

enhanceCitations();

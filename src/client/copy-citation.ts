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
 * Its words come in the page's language from the status region's
 * `data-pp-copy-words`; the citation copied stays English (it names the
 * authoritative English policy), the link is the page's own address.
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

/** The button's words, in the page's language (rendered by PolicyBody.astro); `%s` stands for the citation. */
interface CopyWords {
  label: string;
  name: string;
  copied: string;
  failed: string;
}

const ENGLISH: CopyWords = {
  label: 'Cite',
  name: 'Cite: copy the citation and link for %s',
  copied: 'Copied: %s',
  failed: 'Could not copy. Citation: %s',
};

function copyWords(region: HTMLElement): CopyWords {
  try {
    return {
      ...ENGLISH,
      ...(JSON.parse(region.dataset['ppCopyWords'] ?? '{}') as Partial<CopyWords>),
    };
  } catch {
    return ENGLISH;
  }
}

const fill = (template: string, text: string): string => template.replace('%s', () => text);

export function enhanceCitations(root: ParentNode = document): void {
  const region = document.querySelector<HTMLElement>('[data-pp-copy-status]');
  if (!region) return;
  const words = copyWords(region);
  for (const para of root.querySelectorAll<HTMLElement>('[data-pp-para]')) {
    if (para.querySelector('[data-pp-copy]')) continue;
    const cite = para.dataset['ppCite'] ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pp-para__copy';
    button.dataset['ppCopy'] = '';
    button.textContent = words.label;
    button.setAttribute('aria-label', fill(words.name, cite));
    button.addEventListener('click', () => {
      const url = new URL(`#${para.id}`, window.location.href).href;
      const text = `${cite}. ${url}`;
      void copyText(text).then((ok) => {
        announce(region, fill(ok ? words.copied : words.failed, text));
        button.textContent = ok ? '✓' : '✗';
        button.dataset['ppCopied'] = ok ? 'yes' : 'no';
        window.setTimeout(() => {
          button.textContent = words.label;
          delete button.dataset['ppCopied'];
        }, 2000);
      });
    });
    para.querySelector<HTMLAnchorElement>(':scope > .pp-para__num')?.setAttribute('tabindex', '-1');
    para.append(button);
  }
}

enhanceCitations();

/**
 * The shared-passage toggle: shows or hides the highlight of every
 * `<mark data-pp-shared>` on the page (a `data-pp-shared-visible` attribute on
 * the root element), keeps aria-pressed in step (the label stays the same,
 * as a toggle button's should) and announces the state, in the page's
 * language (`data-pp-on-text` / `data-pp-off-text`, rendered by
 * BoilerplateToggle.astro; English when absent).
 */
export function enhanceSharedToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-pp-shared-toggle]');
  const status = document.querySelector<HTMLElement>('[data-pp-shared-status]');
  if (!button || !status) return;
  const marks = document.querySelectorAll('mark[data-pp-shared]').length;
  if (marks === 0) return; // nothing to highlight on this page: the button stays hidden
  button.hidden = false;
  const root = document.documentElement;
  button.addEventListener('click', () => {
    const on = !root.hasAttribute('data-pp-shared-visible');
    root.toggleAttribute('data-pp-shared-visible', on);
    button.setAttribute('aria-pressed', String(on));
    const passages = button.dataset.count ?? String(marks);
    status.textContent = on
      ? (button.dataset.ppOnText ?? `Highlighting ${passages} shared passages.`)
      : (button.dataset.ppOffText ?? 'Shared-passage highlighting is off.');
  });
}

/**
 * The scroll cue in words: above every table region that is wider than its
 * column, "Scroll the table sideways to see all its columns", kept in step
 * with the width (ResizeObserver). Without JavaScript the shadows at the
 * region's edges (src/styles/global.css) are the cue. The line is hidden from
 * screen readers: the region's own role and label already say it scrolls.
 */
const CUE = 'Scroll the table sideways to see all its columns →';

function cueFor(wrap: HTMLElement): HTMLElement {
  const prev = wrap.previousElementSibling;
  if (prev instanceof HTMLElement && prev.dataset['ppScrollCue'] !== undefined) return prev;
  const p = document.createElement('p');
  p.className = 'pp-scroll-cue';
  p.dataset['ppScrollCue'] = '';
  p.setAttribute('aria-hidden', 'true');
  p.textContent = CUE;
  p.hidden = true;
  wrap.before(p);
  return p;
}

function update(wrap: HTMLElement): void {
  const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
  if (scrolls) wrap.dataset['ppScrolls'] = '';
  else delete wrap.dataset['ppScrolls'];
  const cue = scrolls ? cueFor(wrap) : wrap.previousElementSibling;
  if (cue instanceof HTMLElement && cue.dataset['ppScrollCue'] !== undefined) cue.hidden = !scrolls;
}

const wraps = [...document.querySelectorAll<HTMLElement>('.pp-table-wrap[role="region"]')];
const observer = new ResizeObserver((entries) => {
  for (const e of entries) update(e.target as HTMLElement);
});
for (const w of wraps) {
  update(w);
  observer.observe(w);
}

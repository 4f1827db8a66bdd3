/**
 * Progressive enhancement of the compare matrix (one fact a row, one policy
 * a column): filter the policy columns by technology name and the fact rows
 * by group, and announce the result. Without JavaScript the matrix is a
 * plain table with every fact and policy. The announcements come in the
 * page's language from the status element's `data-pp-matrix-words`
 * (`{"<shown>|<group>": text}`, rendered by the page); English otherwise.
 */

/** Wires up the `[data-pp-matrix]` table of the page. */
export function enhanceMatrix(): void {
  const table = document.querySelector<HTMLTableElement>('[data-pp-matrix]');
  const controls = document.querySelector<HTMLFormElement>('[data-pp-matrix-controls]');
  const status = document.querySelector<HTMLElement>('[data-pp-matrix-status]');
  const filter = document.querySelector<HTMLInputElement>('[data-pp-matrix-filter]');
  const group = document.querySelector<HTMLSelectElement>('[data-pp-matrix-group]');
  if (!table || !controls || !status || !filter || !group) return;
  controls.hidden = false;
  controls.addEventListener('submit', (e) => e.preventDefault());
  const columns = [...table.tHead!.querySelectorAll<HTMLElement>('th[data-technology]')];
  let words: Record<string, string> = {};
  try {
    words = JSON.parse(status.dataset.ppMatrixWords ?? '{}') as Record<string, string>;
  } catch {
    words = {};
  }
  const groupRows = [...table.querySelectorAll<HTMLTableCellElement>('.pp-matrix__group th')];

  const apply = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = new Set(
      columns
        .map((th) => th.dataset.technology ?? '')
        .filter((t) => !q || t.toLowerCase().includes(q)),
    );
    for (const cell of table.querySelectorAll<HTMLElement>('[data-technology]'))
      cell.hidden = !shown.has(cell.dataset.technology ?? '');
    for (const th of groupRows) th.colSpan = shown.size + 1;
    const g = group.value;
    for (const body of table.tBodies) body.hidden = g !== '' && body.dataset.group !== g;
    const groupLabel = group.selectedOptions[0]?.textContent ?? 'All facts';
    status.textContent =
      words[`${shown.size}|${g}`] ??
      `Showing ${shown.size} of ${columns.length} technologies; ${groupLabel.toLowerCase()}.`;
  };
  filter.addEventListener('input', apply);
  group.addEventListener('change', apply);
}

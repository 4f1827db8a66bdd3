/**
 * Progressive enhancement of the compare matrix: sort by any column (a
 * button in each header, state in aria-sort), filter rows by technology and
 * columns by fact group, and announce the result. Without JavaScript the
 * matrix is a plain table.
 */

function cellText(row: HTMLTableRowElement, col: number): string {
  const cell = row.cells[col];
  return (cell?.dataset.sort ?? cell?.textContent ?? '').trim();
}

/** Wires up every `[data-pp-matrix]` table on the page. */
export function enhanceMatrix(): void {
  const table = document.querySelector<HTMLTableElement>('[data-pp-matrix]');
  const controls = document.querySelector<HTMLFormElement>('[data-pp-matrix-controls]');
  const status = document.querySelector<HTMLElement>('[data-pp-matrix-status]');
  const filter = document.querySelector<HTMLInputElement>('[data-pp-matrix-filter]');
  const group = document.querySelector<HTMLSelectElement>('[data-pp-matrix-group]');
  const body = table?.tBodies[0];
  if (!table || !controls || !status || !filter || !group || !body) return;
  controls.hidden = false;
  controls.addEventListener('submit', (e) => e.preventDefault());

  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-pp-sort-col]')];
  for (const th of headers) {
    const col = Number(th.dataset.ppSortCol);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pp-sort';
    button.textContent = th.textContent?.trim() ?? '';
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const r = cellText(a, col).localeCompare(cellText(b, col), 'en', { numeric: true });
        return (ascending ? r : -r) || cellText(a, 0).localeCompare(cellText(b, 0));
      });
      body.append(...rows);
      status.textContent = `Sorted by ${button.textContent}, ${ascending ? 'ascending' : 'descending'}.`;
    });
  }

  const apply = () => {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const match = !q || (row.dataset.technology ?? '').toLowerCase().includes(q);
      row.hidden = !match;
      if (match) shown++;
    }
    const g = group.value;
    for (const cell of table.querySelectorAll<HTMLElement>('[data-group]'))
      cell.hidden = g !== '' && cell.dataset.group !== g;
    const groupLabel = group.selectedOptions[0]?.textContent ?? 'All facts';
    status.textContent = `Showing ${shown} of ${body.rows.length} technologies; ${groupLabel.toLowerCase()}.`;
  };
  filter.addEventListener('input', apply);
  group.addEventListener('change', apply);
}

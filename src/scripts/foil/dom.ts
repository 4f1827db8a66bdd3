/**
 * Browser helpers shared by the FOIL tools: announcements, error summaries,
 * and the copy / download (.txt via a Blob) / print actions of a letter.
 * Nothing here makes a network request.
 */

/** A field-level problem, as the src/lib/foil checkers return them. */
export interface Problem {
  field: string;
  message: string;
}

/** Announces `text` in a polite live region (cleared first so repeats are read). */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Today's date as YYYY-MM-DD from the user's own calendar (only used as the letter's date). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Value of a named form control, trimmed; '' when absent. */
export function value(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  if (el instanceof RadioNodeList) return el.value;
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  )
    return el.value.trim();
  return '';
}

/**
 * Shows an error summary linking each problem to its field, marks the fields
 * invalid, and moves focus to the summary. `ids` maps a problem's field to
 * the id of the control to link to.
 */
export function showErrors(
  box: HTMLElement,
  problems: readonly Problem[],
  ids: Record<string, string>,
  form: HTMLFormElement,
): void {
  clearErrors(box, form);
  const heading = document.createElement('p');
  heading.textContent =
    problems.length === 1 ? 'There is 1 problem:' : `There are ${problems.length} problems:`;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    const id = ids[p.field];
    if (id) {
      const a = document.createElement('a');
      a.href = `#${id}`;
      a.textContent = p.message;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        document.getElementById(id)?.focus();
      });
      li.append(a);
      document.getElementById(id)?.setAttribute('aria-invalid', 'true');
    } else li.textContent = p.message;
    list.append(li);
  }
  box.append(heading, list);
  box.hidden = false;
  box.focus();
}

/** Removes the error summary and the invalid marks. */
export function clearErrors(box: HTMLElement, form: HTMLFormElement): void {
  box.replaceChildren();
  box.hidden = true;
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/** Starts a download of `text` as a UTF-8 .txt file, made in the browser (Blob URL). */
export function downloadText(fileName: string, text: string): void {
  const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Wires the copy, download and print buttons of a letter output block. */
export function wireLetterActions(
  output: HTMLElement,
  status: HTMLElement | null,
  fileName: () => string,
): void {
  const textarea = output.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
  const printCopy = output.querySelector<HTMLElement>('[data-pp-print-copy]');
  if (!textarea) return;
  output.querySelector('[data-pp-copy-letter]')?.addEventListener('click', () => {
    void navigator.clipboard
      .writeText(textarea.value)
      .then(() => announce(status, 'Letter copied to the clipboard.'))
      .catch(() => {
        textarea.focus();
        textarea.select();
        announce(
          status,
          'Could not copy automatically. The letter text is selected: press Control+C (or Command+C) to copy it.',
        );
      });
  });
  output.querySelector('[data-pp-download-letter]')?.addEventListener('click', () => {
    const name = fileName();
    downloadText(name, textarea.value);
    announce(status, `Letter downloaded as ${name}.`);
  });
  output.querySelector('[data-pp-print-letter]')?.addEventListener('click', () => {
    if (!printCopy) return;
    printCopy.textContent = textarea.value;
    printCopy.setAttribute('data-pp-printing-target', '');
    document.documentElement.setAttribute('data-pp-printing', '');
    const done = () => {
      document.documentElement.removeAttribute('data-pp-printing');
      printCopy.removeAttribute('data-pp-printing-target');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  });
}

/** Reveals the enhanced form and hides the no-JavaScript template of a tool. */
export function enhance(root: HTMLElement): HTMLFormElement | null {
  const form = root.querySelector<HTMLFormElement>('[data-pp-form]');
  if (!form) return null;
  root.querySelector<HTMLElement>('[data-pp-template]')?.setAttribute('hidden', '');
  form.hidden = false;
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-pp-today]'))
    if (!input.value) input.value = todayIso();
  return form;
}

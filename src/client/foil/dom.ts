/**
 * Browser helpers shared by the FOIL tools: their words (the page's
 * language, given as JSON: `readToolText`), announcements, error summaries
 * and the error messages beside fields, advisory hints, character counts,
 * reading date inputs, and the copy / download (.txt via a Blob) / print
 * actions of a letter. Nothing here makes a network request.
 */

import { characterCount, formatCount } from '../../lib/foil/letters.ts';
import type { FoilTerms } from '../../lib/foil/terms.ts';
import { fill, langAttr } from '../../lib/foil/text.ts';
import type { ToolText } from '../../lib/foil/tool-text.ts';

export type { ToolText } from '../../lib/foil/tool-text.ts';

/**
 * The words of a tool in the page's language: the JSON block the page put
 * in it (src/components/foil/ToolText.astro), or null when there is none
 * (the tool then stays unenhanced, showing its no-JavaScript content).
 */
export function readToolText(root: HTMLElement): ToolText | null {
  const json = root.querySelector('script[data-pp-tool-text]')?.textContent;
  if (!json) {
    console.error(
      'FOIL tool: the page gave no words (data-pp-tool-text); the tool stays as without JavaScript.',
    );
    return null;
  }
  return JSON.parse(json) as ToolText;
}

/**
 * Puts `text`, written in `content`'s language, in `el`, marking its
 * language when it is not the page's (an explanation shown in English).
 */
export function setText(
  el: HTMLElement,
  text: string,
  page: ToolText['locale'],
  content: ToolText['locale'],
): void {
  el.textContent = text;
  const lang = langAttr(page, content);
  if (lang) el.lang = lang;
  else el.removeAttribute('lang');
}

/** A field-level problem, as the src/lib/foil checkers return them. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * Shows the reading copy of a letter (in the page's language, never sent)
 * below the letter, its first line saying so; or hides it when there is none.
 */
export function showReadingCopy(output: HTMLElement, text: ToolText, letter: string | null): void {
  const section = output.querySelector<HTMLElement>('[data-pp-reading]');
  const pre = output.querySelector<HTMLElement>('[data-pp-reading-copy]');
  if (!section || !pre) return;
  section.hidden = letter === null;
  pre.textContent = letter === null ? '' : `${text.ui.uiReadingBanner}\n\n${letter}`;
}

/**
 * The FOIL terms (periods and citations from the legal facts) the page put on
 * a tool's root as `data-terms`, or null when it did not (the tool then stays
 * unenhanced, showing its no-JavaScript content).
 */
export function readTerms(root: HTMLElement): FoilTerms | null {
  const json = root.dataset['terms'];
  if (!json) {
    console.error('FOIL tool: the page gave no data-terms; the tool stays as without JavaScript.');
    return null;
  }
  return JSON.parse(json) as FoilTerms;
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
 * The element an inline message about control `id` is attached to: the
 * control itself, or for a checkbox or radio button its fieldset (the message
 * then follows the legend, as GOV.UK Frontend places it).
 */
function messageTarget(control: HTMLElement): { described: HTMLElement; before: Element | null } {
  if (
    control instanceof HTMLInputElement &&
    (control.type === 'checkbox' || control.type === 'radio')
  ) {
    const fieldset = control.closest('fieldset');
    if (fieldset) {
      const legend = fieldset.querySelector(':scope > legend');
      return {
        described: fieldset,
        before: legend ? legend.nextElementSibling : fieldset.firstElementChild,
      };
    }
  }
  return { described: control, before: control };
}

/** Adds `id` to the front of an element's aria-describedby. */
function describeBy(el: HTMLElement, id: string): void {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  el.setAttribute('aria-describedby', [id, ...ids].join(' '));
}

/** Removes `id` from an element's aria-describedby (the attribute goes when nothing is left). */
function undescribeBy(el: HTMLElement, id: string): void {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
}

/**
 * Shows an error message beside control `id` (GOV.UK Frontend's pattern): a
 * paragraph starting with a visually hidden "Error:", placed just before the
 * control, linked to it by aria-describedby, and aria-invalid on the control.
 */
function showFieldError(id: string, message: string, ui: ToolText['ui']): void {
  const control = document.getElementById(id);
  if (!control) return;
  const errorId = `${id}-error`;
  let p = document.getElementById(errorId);
  if (p) {
    p.append(` ${message}`);
  } else {
    const { described, before } = messageTarget(control);
    p = document.createElement('p');
    p.id = errorId;
    p.className = 'pp-foil-field-error';
    p.setAttribute('data-pp-field-error', '');
    const hidden = document.createElement('span');
    hidden.className = 'pp-visually-hidden';
    hidden.textContent = ui.uiErrorPrefix;
    p.append(hidden, message);
    if (before) before.before(p);
    else described.append(p);
    describeBy(described, errorId);
  }
  control.setAttribute('aria-invalid', 'true');
}

/**
 * Shows an error summary linking each problem to its field, an error message
 * beside each field, marks the fields invalid, and moves focus to the summary.
 * `ids` maps a problem's field to the id of the control to link to.
 */
export function showErrors(
  box: HTMLElement,
  problems: readonly Problem[],
  ids: Record<string, string>,
  form: HTMLFormElement,
  text: ToolText,
): void {
  clearErrors(box, form);
  const heading = document.createElement('p');
  heading.textContent =
    problems.length === 1
      ? text.ui.uiProblemsOne
      : fill(text.ui.uiProblemsMany, { n: formatCount(problems.length, text.locale) });
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
      showFieldError(id, p.message, text.ui);
    } else li.textContent = p.message;
    list.append(li);
  }
  box.append(heading, list);
  box.hidden = false;
  box.focus();
}

/** Removes the error summary, the messages beside the fields and the invalid marks. */
export function clearErrors(box: HTMLElement, form: HTMLFormElement): void {
  box.replaceChildren();
  box.hidden = true;
  for (const p of form.querySelectorAll<HTMLElement>('[data-pp-field-error]')) {
    for (const el of form.querySelectorAll<HTMLElement>(`[aria-describedby~="${p.id}"]`))
      undescribeBy(el, p.id);
    p.remove();
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/**
 * Shows (or, with `message` null, removes) an advisory hint beside control
 * `id`: a message that does not stop anything, linked by aria-describedby.
 */
export function setFieldHint(id: string, message: string | null): void {
  const control = document.getElementById(id);
  if (!control) return;
  const hintId = `${id}-advice`;
  const existing = document.getElementById(hintId);
  if (message === null) {
    existing?.remove();
    undescribeBy(control, hintId);
    return;
  }
  if (existing) {
    existing.textContent = message;
    return;
  }
  const p = document.createElement('p');
  p.id = hintId;
  p.className = 'pp-foil-field-advice';
  p.textContent = message;
  control.after(p);
  describeBy(control, hintId);
}

/** Pause after the last keystroke before a character limit is announced. */
const COUNT_ANNOUNCE_DELAY_MS = 1000;
/** Share of a limit from which the count of a single-line field is shown and announced. */
const COUNT_NEAR = 0.8;

/**
 * Character counts of the fields with a `maxlength`: each `[data-pp-count-for=<id>]`
 * element shows "N of M characters" for its field as the user types. A count
 * marked `data-pp-count-near` (single-line fields) is shown only from 80% of the
 * limit. The status region announces, politely and only once typing pauses,
 * when the text comes near the limit and when it reaches it; never on each key.
 */
export function wireCharacterCounts(
  root: HTMLElement,
  status: HTMLElement | null,
  text: ToolText,
): void {
  const { ui, locale } = text;
  for (const count of root.querySelectorAll<HTMLElement>('[data-pp-count-for]')) {
    const field = document.getElementById(count.dataset['ppCountFor'] ?? '');
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) continue;
    const limit = field.maxLength;
    if (limit <= 0) continue;
    const onlyNear = count.hasAttribute('data-pp-count-near');
    const label = field.labels?.[0]?.textContent?.trim() || ui.uiThisField;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let said: 'under' | 'near' | 'full' = 'under';
    const update = () => {
      const n = field.value.length;
      const level = n >= limit ? 'full' : n >= limit * COUNT_NEAR ? 'near' : 'under';
      const shown = characterCount(n, limit, { locale, m: ui });
      count.textContent = level === 'full' ? fill(ui.uiCountFull, { count: shown }) : shown;
      count.classList.toggle('pp-foil-count--full', level === 'full');
      if (onlyNear) {
        const show = level !== 'under';
        if (show !== !count.hidden) {
          count.hidden = !show;
          if (show) describeBy(field, count.id);
          else undescribeBy(field, count.id);
        }
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (level === said) return;
        said = level;
        if (level === 'full')
          announce(status, fill(ui.uiLimitReached, { label, limit: formatCount(limit, locale) }));
        else if (level === 'near')
          announce(status, fill(ui.uiCharsLeft, { label, n: formatCount(limit - n, locale) }));
      }, COUNT_ANNOUNCE_DELAY_MS);
    };
    field.addEventListener('input', update);
    update();
  }
}

/** What a date input holds. */
export interface DateField {
  /** The value, trimmed: `YYYY-MM-DD` from a date picker, any text where the browser has none. */
  value: string;
  /**
   * True when the browser holds an entry it cannot read as a date (30
   * February, a part left blank): `validity.badInput`. The value is then ''.
   */
  unreadable: boolean;
}

/** Reads a named date input of a form. */
export function dateField(form: HTMLFormElement, name: string): DateField {
  const el = form.elements.namedItem(name);
  if (!(el instanceof HTMLInputElement)) return { value: '', unreadable: false };
  const v = el.value.trim();
  return { value: v, unreadable: v === '' && el.validity.badInput };
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
  ui: ToolText['ui'],
): void {
  const textarea = output.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
  const printCopy = output.querySelector<HTMLElement>('[data-pp-print-copy]');
  if (!textarea) return;
  output.querySelector('[data-pp-copy-letter]')?.addEventListener('click', () => {
    void navigator.clipboard
      .writeText(textarea.value)
      .then(() => announce(status, ui.uiCopied))
      .catch(() => {
        textarea.focus();
        textarea.select();
        announce(status, ui.uiCopyFailed);
      });
  });
  output.querySelector('[data-pp-download-letter]')?.addEventListener('click', () => {
    const name = fileName();
    downloadText(name, textarea.value);
    announce(status, fill(ui.uiDownloaded, { file: name }));
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

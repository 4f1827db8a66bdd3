/**
 * Request letter builder (progressive enhancement of RequestBuilder.astro).
 * The letter is built in English; when the page's language has one, a
 * reading copy of the same letter in that language is shown below it. Every
 * message is in the page's language (the tool's JSON words).
 */
import { dateProblemMessage } from '../../lib/foil/date-input.ts';
import {
  UNDATED,
  checkEmail,
  checkRequestLetter,
  composeRequestLetter,
  emailHint,
  formatCount,
  letterFileName,
} from '../../lib/foil/letters.ts';
import type { RequestLetterInput } from '../../lib/foil/letters.ts';
import { fill } from '../../lib/foil/text.ts';
import { checksText } from '../../lib/foil/tool-text.ts';
import {
  type Problem,
  announce,
  clearErrors,
  dateField,
  enhance,
  readTerms,
  readToolText,
  setFieldHint,
  showErrors,
  showReadingCopy,
  value,
  wireCharacterCounts,
  wireLetterActions,
} from './dom.ts';

function setup(root: HTMLElement): void {
  const terms = readTerms(root);
  const text = readToolText(root);
  if (!terms || !text) return;
  const { ui } = text;
  const checks = checksText(text);
  const form = enhance(root);
  const output = root.querySelector<HTMLElement>('[data-pp-output]');
  const errors = root.querySelector<HTMLElement>('[data-pp-errors]');
  const status = root.querySelector<HTMLElement>('[data-pp-status]');
  const select = root.querySelector<HTMLSelectElement>('[data-pp-technology]');
  if (!form || !output || !errors || !select) return;
  const recipient = JSON.parse(root.dataset['recipient'] ?? '[]') as string[];
  /** The date fields, with the words that start a sentence about each. */
  const dateSubjects = {
    dateFrom: ui.ltSubjectStart,
    dateTo: ui.ltSubjectEnd,
    date: ui.ltSubjectLetterDate,
  } as const;

  const groups = () => [...root.querySelectorAll<HTMLFieldSetElement>('[data-pp-records-for]')];
  const showGroup = () => {
    for (const g of groups()) g.hidden = g.dataset['ppRecordsFor'] !== select.value;
  };
  select.addEventListener('change', () => {
    showGroup();
    announce(
      status,
      fill(ui.uiShowingRecords, {
        technology: select.selectedOptions[0]?.textContent?.trim() ?? '',
      }),
    );
  });
  // A records map page links here with ?technology=<slug>: start with that technology.
  const wanted = new URLSearchParams(window.location.search).get('technology');
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  showGroup();
  wireCharacterCounts(root, status, text);

  /** Shows or removes the hint beside the email field; returns the hint. */
  const checkEmailField = (): string | null => {
    const problem = checkEmail(value(form, 'email'));
    const hint = problem ? emailHint(problem, checks) : null;
    setFieldHint('rq-email', hint);
    return hint;
  };
  form.querySelector('[name="email"]')?.addEventListener('change', checkEmailField);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const dates = {
      dateFrom: dateField(form, 'dateFrom'),
      dateTo: dateField(form, 'dateTo'),
      date: dateField(form, 'date'),
    };
    const group = groups().find((g) => !g.hidden);
    const boxes = group
      ? [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')]
      : [];
    const other = value(form, 'other');
    const input: RequestLetterInput = {
      technology: select.selectedOptions[0]?.textContent?.trim() ?? '',
      records: [
        ...boxes.map((b) => ({
          title: b.dataset['title'] ?? '',
          wording: b.dataset['wording'] ?? '',
          source: b.dataset['source'],
        })),
        ...(other ? [{ title: 'Other records', wording: other }] : []),
      ],
      dateFrom: dates.dateFrom.value || undefined,
      dateTo: dates.dateTo.value || undefined,
      format: value(form, 'format') as RequestLetterInput['format'],
      contact: {
        name: value(form, 'name'),
        email: value(form, 'email') || undefined,
        postal: value(form, 'postal') || undefined,
        phone: value(form, 'phone') || undefined,
      },
      feeWaiver: (form.elements.namedItem('feeWaiver') as HTMLInputElement | null)?.checked,
      expedited: value(form, 'expedited') || undefined,
      date: dates.date.value || UNDATED,
      recipient,
    };
    // A date the browser could not read (30 February, a part left blank) has no value:
    // say so instead of leaving it out of the letter.
    const unreadable = (Object.keys(dates) as (keyof typeof dates)[]).filter(
      (name) => dates[name].unreadable,
    );
    const problems: Problem[] = [
      ...unreadable.map((field) => ({
        field,
        message: dateProblemMessage(dateSubjects[field], 'impossible', undefined, checks),
      })),
      ...checkRequestLetter(input, checks).filter(
        (p) => !unreadable.includes(p.field as keyof typeof dates),
      ),
    ];
    const emailAdvice = checkEmailField();
    const firstBox = group?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (problems.length) {
      output.hidden = true;
      // Fields in form order, so the summary reads top to bottom.
      const ids: Record<string, string> = {
        technology: 'rq-technology',
        records: firstBox?.id ?? 'rq-other',
        other: 'rq-other',
        dateFrom: 'rq-from',
        dateTo: 'rq-to',
        name: 'rq-name',
        email: 'rq-email',
        postal: 'rq-postal',
        phone: 'rq-phone',
        expedited: 'rq-expedited',
        date: 'rq-date',
      };
      const order = Object.keys(ids);
      problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
      showErrors(errors, problems, ids, form, text);
      announce(
        status,
        fill(ui.uiLetterNotBuilt, { problems: problems.map((p) => p.message).join(' ') }),
      );
      return;
    }
    clearErrors(errors, form);
    const letter = root.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
    if (letter) letter.value = composeRequestLetter(input, terms);
    // The reading copy: the same letter in the page's language, the records in the map's words.
    const reading = text.letter
      ? composeRequestLetter(
          {
            ...input,
            records: [
              ...boxes.map((b) => ({
                title: b.dataset['readingTitle'] ?? b.dataset['title'] ?? '',
                wording: b.dataset['readingWording'] ?? b.dataset['wording'] ?? '',
                source: b.dataset['source'],
              })),
              ...(other ? [{ title: text.letter.m.lpOtherRecords, wording: other }] : []),
            ],
          },
          terms,
          text.letter,
        )
      : null;
    showReadingCopy(output, text, reading);
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    const n = input.records.length;
    announce(
      status,
      [
        n === 1
          ? ui.uiLetterBuiltOne
          : fill(ui.uiLetterBuiltMany, { n: formatCount(n, text.locale) }),
        reading ? ui.uiReadingAnnounce : null,
        emailAdvice,
      ]
        .filter(Boolean)
        .join(' '),
    );
  });

  wireLetterActions(
    output,
    status,
    () => letterFileName('request', select.value, value(form, 'date') || 'undated'),
    ui,
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-request-builder]')) setup(root);

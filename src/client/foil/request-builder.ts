/** Request letter builder (progressive enhancement of RequestBuilder.astro). */
import { dateProblemMessage } from '../../lib/foil/date-input.ts';
import {
  UNDATED,
  checkEmail,
  checkRequestLetter,
  composeRequestLetter,
  emailHint,
  letterFileName,
} from '../../lib/foil/letters.ts';
import type { RequestLetterInput } from '../../lib/foil/letters.ts';
import {
  type Problem,
  announce,
  clearErrors,
  dateField,
  enhance,
  readTerms,
  setFieldHint,
  showErrors,
  value,
  wireCharacterCounts,
  wireLetterActions,
} from './dom.ts';

/** The date fields, with the words that start a sentence about each. */
const DATE_SUBJECTS = {
  dateFrom: 'The start date',
  dateTo: 'The end date',
  date: 'The date of the letter',
} as const;

function setup(root: HTMLElement): void {
  const terms = readTerms(root);
  if (!terms) return;
  const form = enhance(root);
  const output = root.querySelector<HTMLElement>('[data-pp-output]');
  const errors = root.querySelector<HTMLElement>('[data-pp-errors]');
  const status = root.querySelector<HTMLElement>('[data-pp-status]');
  const select = root.querySelector<HTMLSelectElement>('[data-pp-technology]');
  if (!form || !output || !errors || !select) return;
  const recipient = JSON.parse(root.dataset['recipient'] ?? '[]') as string[];

  const groups = () => [...root.querySelectorAll<HTMLFieldSetElement>('[data-pp-records-for]')];
  const showGroup = () => {
    for (const g of groups()) g.hidden = g.dataset['ppRecordsFor'] !== select.value;
  };
  select.addEventListener('change', () => {
    showGroup();
    announce(
      status,
      `Showing the records of the ${select.selectedOptions[0]?.textContent?.trim() ?? ''} policy.`,
    );
  });
  // A records map page links here with ?technology=<slug>: start with that technology.
  const wanted = new URLSearchParams(window.location.search).get('technology');
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  showGroup();
  wireCharacterCounts(root, status);

  /** Shows or removes the hint beside the email field; returns the hint. */
  const checkEmailField = (): string | null => {
    const problem = checkEmail(value(form, 'email'));
    const hint = problem ? emailHint(problem) : null;
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
    const input: RequestLetterInput = {
      technology: select.selectedOptions[0]?.textContent?.trim() ?? '',
      records: [
        ...boxes.map((b) => ({
          title: b.dataset['title'] ?? '',
          wording: b.dataset['wording'] ?? '',
          source: b.dataset['source'],
        })),
        ...(value(form, 'other')
          ? [{ title: 'Other records', wording: value(form, 'other') }]
          : []),
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
        message: dateProblemMessage(DATE_SUBJECTS[field], 'impossible'),
      })),
      ...checkRequestLetter(input).filter(
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
      showErrors(errors, problems, ids, form);
      announce(
        status,
        `The letter could not be built: ${problems.map((p) => p.message).join(' ')}`,
      );
      return;
    }
    clearErrors(errors, form);
    const letter = root.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
    if (letter) letter.value = composeRequestLetter(input, terms);
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    announce(
      status,
      [
        `Letter built with ${input.records.length} record${input.records.length === 1 ? '' : 's'}. Use the buttons below it to copy, download or print it.`,
        emailAdvice,
      ]
        .filter(Boolean)
        .join(' '),
    );
  });

  wireLetterActions(output, status, () =>
    letterFileName('request', select.value, value(form, 'date') || 'undated'),
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-request-builder]')) setup(root);

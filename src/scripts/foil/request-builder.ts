/** Request letter builder (progressive enhancement of RequestBuilder.astro). */
import {
  checkRequestLetter,
  composeRequestLetter,
  letterFileName,
} from '../../lib/foil/letters.ts';
import type { RequestLetterInput } from '../../lib/foil/letters.ts';
import { announce, clearErrors, enhance, showErrors, value, wireLetterActions } from './dom.ts';

function setup(root: HTMLElement): void {
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
  showGroup();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
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
      dateFrom: value(form, 'dateFrom') || undefined,
      dateTo: value(form, 'dateTo') || undefined,
      format: value(form, 'format') as RequestLetterInput['format'],
      contact: {
        name: value(form, 'name'),
        email: value(form, 'email') || undefined,
        postal: value(form, 'postal') || undefined,
        phone: value(form, 'phone') || undefined,
      },
      feeWaiver: (form.elements.namedItem('feeWaiver') as HTMLInputElement | null)?.checked,
      expedited: value(form, 'expedited') || undefined,
      date: value(form, 'date') || '[date]',
      recipient,
    };
    const problems = checkRequestLetter(input);
    const firstBox = group?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (problems.length) {
      output.hidden = true;
      showErrors(
        errors,
        problems,
        {
          technology: 'rq-technology',
          records: firstBox?.id ?? 'rq-other',
          name: 'rq-name',
          email: 'rq-email',
          dateFrom: 'rq-from',
          dateTo: 'rq-to',
        },
        form,
      );
      announce(
        status,
        `The letter could not be built: ${problems.map((p) => p.message).join(' ')}`,
      );
      return;
    }
    clearErrors(errors, form);
    const letter = root.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
    if (letter) letter.value = composeRequestLetter(input);
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    announce(
      status,
      `Letter built with ${input.records.length} record${input.records.length === 1 ? '' : 's'}. Use the buttons below it to copy, download or print it.`,
    );
  });

  wireLetterActions(output, status, () =>
    letterFileName('request', select.value, value(form, 'date') || 'undated'),
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-request-builder]')) setup(root);

/** Appeal letter builder (progressive enhancement of AppealBuilder.astro). */
import { formatLong, isIsoDate } from '../../lib/calendar.ts';
import { computeDeadlines } from '../../lib/foil/deadlines.ts';
import {
  type AppealLetterInput,
  checkAppealLetter,
  composeAppealLetter,
  letterFileName,
} from '../../lib/foil/letters.ts';
import { announce, clearErrors, enhance, showErrors, value, wireLetterActions } from './dom.ts';

function setup(root: HTMLElement): void {
  const form = enhance(root);
  const output = root.querySelector<HTMLElement>('[data-pp-output]');
  const errors = root.querySelector<HTMLElement>('[data-pp-errors]');
  const status = root.querySelector<HTMLElement>('[data-pp-status]');
  if (!form || !output || !errors) return;
  const recipient = JSON.parse(root.dataset['recipient'] ?? '[]') as string[];
  const denialOnly = root.querySelector<HTMLElement>('[data-pp-denial-only]');
  const syncKind = () => {
    if (denialOnly) denialOnly.hidden = value(form, 'kind') !== 'denial';
  };
  for (const r of form.querySelectorAll('input[name="kind"]'))
    r.addEventListener('change', syncKind);
  syncKind();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const kind = value(form, 'kind') === 'no-response' ? 'no-response' : 'denial';
    const requestDate = value(form, 'requestDate');
    const input: AppealLetterInput = {
      kind,
      requestDate,
      reference: value(form, 'reference') || undefined,
      deniedOn: kind === 'denial' ? value(form, 'deniedOn') || undefined : undefined,
      recordsDescription: value(form, 'recordsDescription'),
      reasons: value(form, 'reasons') || undefined,
      contact: {
        name: value(form, 'name'),
        email: value(form, 'email') || undefined,
        postal: value(form, 'postal') || undefined,
      },
      date: value(form, 'date') || '[date]',
      recipient,
    };
    const problems = checkAppealLetter(input);
    if (!problems.length && input.deniedOn && input.deniedOn < requestDate)
      problems.push({
        field: 'deniedOn',
        message: 'The denial date cannot be before the date the request was received.',
      });
    if (problems.length) {
      output.hidden = true;
      showErrors(
        errors,
        problems,
        {
          requestDate: 'ap-request-date',
          deniedOn: 'ap-denied',
          recordsDescription: 'ap-records',
          name: 'ap-name',
        },
        form,
      );
      announce(
        status,
        `The appeal could not be built: ${problems.map((p) => p.message).join(' ')}`,
      );
      return;
    }
    clearErrors(errors, form);
    const deadlines = isIsoDate(requestDate)
      ? computeDeadlines({
          receivedOn: requestDate,
          channel: 'paper',
          deniedOn: input.deniedOn,
        })
      : [];
    const response = deadlines.find((d) => d.id === 'response');
    const appeal = deadlines.find((d) => d.id === 'appeal');
    if (kind === 'no-response' && response) input.responseDueOn = response.date;
    const letter = root.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
    if (letter) letter.value = composeAppealLetter(input);
    const due = root.querySelector<HTMLElement>('[data-pp-appeal-due]');
    const dueText = appeal
      ? `Send it so that it arrives by ${formatLong(appeal.date)}: ${appeal.explanation.join(' ')}`
      : '';
    if (due) due.textContent = dueText;
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    announce(status, `Appeal letter built. ${dueText}`);
  });

  wireLetterActions(output, status, () =>
    letterFileName('appeal', 'nypd', value(form, 'date') || 'undated'),
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-appeal-builder]')) setup(root);

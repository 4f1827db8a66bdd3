/**
 * Appeal letter builder (progressive enhancement of AppealBuilder.astro).
 * The appeal is built in English; when the page's language has one, a
 * reading copy in that language is shown below it. The appeal deadline is
 * counted by the calculator's logic, explained in the page's language where
 * it is translated (otherwise in English, marked so).
 */
import { todayInNewYork } from '../../lib/calendar.ts';
import { dateProblemMessage, isSupportedDate } from '../../lib/foil/date-input.ts';
import { type Deadline, computeDeadlines, deadlineTiming } from '../../lib/foil/deadlines.ts';
import {
  type AppealLetterInput,
  UNDATED,
  checkAppealLetter,
  checkEmail,
  composeAppealLetter,
  emailHint,
  letterFileName,
} from '../../lib/foil/letters.ts';
import { fill, longDateIn, numberIn } from '../../lib/foil/text.ts';
import { checksText, deadlineText } from '../../lib/foil/tool-text.ts';
import {
  type Problem,
  announce,
  clearErrors,
  dateField,
  enhance,
  readTerms,
  readToolText,
  setFieldHint,
  setText,
  showErrors,
  showReadingCopy,
  value,
  wireCharacterCounts,
  wireLetterActions,
} from './dom.ts';

const FIELD_IDS: Record<string, string> = {
  requestDate: 'ap-request-date',
  deniedOn: 'ap-denied',
  reference: 'ap-reference',
  recordsDescription: 'ap-records',
  reasons: 'ap-reasons',
  name: 'ap-name',
  email: 'ap-email',
  postal: 'ap-postal',
  date: 'ap-date',
};

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
  if (!form || !output || !errors) return;
  const recipient = JSON.parse(root.dataset['recipient'] ?? '[]') as string[];
  /** The date fields, with the words that start a sentence about each. */
  const dateSubjects = {
    requestDate: ui.ltSubjectRequestDate,
    deniedOn: ui.ltSubjectDeniedOn,
    date: ui.ltSubjectLetterDate,
  } as const;
  const denialOnly = root.querySelector<HTMLElement>('[data-pp-denial-only]');
  const syncKind = () => {
    if (denialOnly) denialOnly.hidden = value(form, 'kind') !== 'denial';
  };
  for (const r of form.querySelectorAll('input[name="kind"]'))
    r.addEventListener('change', syncKind);
  syncKind();
  wireCharacterCounts(root, status, text);

  /** Shows or removes the hint beside the email field; returns the hint. */
  const checkEmailField = (): string | null => {
    const problem = checkEmail(value(form, 'email'));
    const hint = problem ? emailHint(problem, checks) : null;
    setFieldHint(FIELD_IDS['email'] as string, hint);
    return hint;
  };
  form.querySelector('[name="email"]')?.addEventListener('change', checkEmailField);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const kind = value(form, 'kind') === 'no-response' ? 'no-response' : 'denial';
    const dates = {
      requestDate: dateField(form, 'requestDate'),
      deniedOn: kind === 'denial' ? dateField(form, 'deniedOn') : { value: '', unreadable: false },
      date: dateField(form, 'date'),
    };
    const requestDate = dates.requestDate.value;
    const input: AppealLetterInput = {
      kind,
      requestDate,
      reference: value(form, 'reference') || undefined,
      deniedOn: dates.deniedOn.value || undefined,
      recordsDescription: value(form, 'recordsDescription'),
      reasons: value(form, 'reasons') || undefined,
      contact: {
        name: value(form, 'name'),
        email: value(form, 'email') || undefined,
        postal: value(form, 'postal') || undefined,
      },
      date: dates.date.value || UNDATED,
      recipient,
    };
    // A date the browser could not read (30 February, a part left blank) has no value:
    // say so, rather than "Enter the date".
    const unreadable = (Object.keys(dates) as (keyof typeof dates)[]).filter(
      (name) => dates[name].unreadable,
    );
    const problems: Problem[] = [
      ...unreadable.map((field) => ({
        field,
        message: dateProblemMessage(dateSubjects[field], 'impossible', undefined, checks),
      })),
      ...checkAppealLetter(input, checks).filter(
        (p) => !unreadable.includes(p.field as keyof typeof dates),
      ),
    ];
    if (
      !problems.length &&
      input.deniedOn &&
      isSupportedDate(input.deniedOn) &&
      input.deniedOn < requestDate
    )
      problems.push({ field: 'deniedOn', message: ui.uiDenialBeforeRequest });
    const emailAdvice = checkEmailField();
    if (problems.length) {
      output.hidden = true;
      const order = Object.keys(FIELD_IDS);
      problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
      showErrors(errors, problems, FIELD_IDS, form, text);
      announce(
        status,
        fill(ui.uiAppealNotBuilt, { problems: problems.map((p) => p.message).join(' ') }),
      );
      return;
    }
    clearErrors(errors, form);
    let deadlines: Deadline[] = [];
    try {
      deadlines = computeDeadlines(
        {
          receivedOn: requestDate,
          channel: 'paper',
          deniedOn: input.deniedOn,
        },
        terms,
        deadlineText(text),
      );
    } catch (err) {
      // checkAppealLetter accepted the dates, so this is a bug; the letter is still useful.
      console.error('appeal builder:', err);
    }
    const response = deadlines.find((d) => d.id === 'response');
    const appeal = deadlines.find((d) => d.id === 'appeal');
    if (kind === 'no-response' && response) input.responseDueOn = response.date;
    const letter = root.querySelector<HTMLTextAreaElement>('[data-pp-letter]');
    if (letter) letter.value = composeAppealLetter(input, terms);
    showReadingCopy(
      output,
      text,
      text.letter ? composeAppealLetter(input, terms, text.letter) : null,
    );
    const due = root.querySelector<HTMLElement>('[data-pp-appeal-due]');
    // "Send it so that it arrives by <date>:" in the page's language, then how it was counted.
    const sendBy = appeal
      ? fill(ui.uiSendBy, { date: longDateIn(text.locale, appeal.date) })
      : null;
    const explanation = appeal ? appeal.explanation.join(' ') : null;
    const uncomputed = fill(ui.uiAppealUncomputed, {
      count: numberIn(text.locale, terms.periods['foil-appeal-30-days'].count),
    });
    if (due) {
      due.replaceChildren();
      if (sendBy && explanation) {
        const how = document.createElement('span');
        setText(how, explanation, text.locale, text.explanations.locale);
        due.append(`${sendBy} `, how);
      } else due.textContent = uncomputed;
    }
    const dueText = sendBy && explanation ? `${sendBy} ${explanation}` : uncomputed;
    // Compared with today's date in New York, where the deadline runs.
    const timing = appeal
      ? deadlineTiming(appeal.date, todayInNewYork(new Date()), deadlineText(text))
      : null;
    const timingNote = root.querySelector<HTMLElement>('[data-pp-appeal-timing]');
    if (timingNote) {
      timingNote.textContent = timing ?? '';
      timingNote.hidden = timing === null;
    }
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    announce(
      status,
      [ui.uiAppealBuilt, dueText, timing, text.letter ? ui.uiReadingAnnounce : null, emailAdvice]
        .filter(Boolean)
        .join(' '),
    );
  });

  wireLetterActions(
    output,
    status,
    () => letterFileName('appeal', 'nypd', value(form, 'date') || 'undated'),
    ui,
  );
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-appeal-builder]')) setup(root);

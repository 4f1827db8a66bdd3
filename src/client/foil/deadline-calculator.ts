/** Deadline calculator (progressive enhancement of DeadlineCalculator.astro). */
import { formatLong } from '../../lib/calendar.ts';
import { dateProblemMessage } from '../../lib/foil/date-input.ts';
import {
  DEADLINE_DATE_FIELDS,
  type Deadline,
  type DeadlineDateField,
  type DeadlineInput,
  checkDeadlineInput,
  computeDeadlines,
  factsUsed,
  keyDates,
} from '../../lib/foil/deadlines.ts';
import {
  type Problem,
  announce,
  clearErrors,
  dateField,
  enhance,
  readTerms,
  showErrors,
  value,
} from './dom.ts';

const FIELD_IDS: Record<string, string> = {
  receivedOn: 'dl-received',
  receivedAt: 'dl-time',
  channel: 'dl-channel-electronic',
  acknowledgedOn: 'dl-ack',
  deniedOn: 'dl-denied',
  appealReceivedOn: 'dl-appeal',
  appealDecidedOn: 'dl-decided',
};

interface FactSources {
  law: string | null;
  sources: { label: string; url: string }[];
}

/** One item of the table's "Law and sources" list: "Public Officers Law § 89(3)(a): <a>…</a>, <a>…</a>". */
function sourceItem(f: FactSources): HTMLLIElement {
  const li = document.createElement('li');
  if (f.law) li.append(`${f.law}: `);
  f.sources.forEach((s, j) => {
    if (j > 0) li.append(', ');
    const a = document.createElement('a');
    a.href = s.url;
    a.textContent = s.label;
    li.append(a);
  });
  return li;
}

/** "Law: …" under a row's explanation: the statutes the date rests on, without their sources. */
function lawLine(ids: readonly string[], facts: Record<string, FactSources>): HTMLElement | null {
  const laws = [...new Set(ids.map((id) => facts[id]?.law).filter((l): l is string => !!l))];
  if (laws.length === 0) return null;
  const p = document.createElement('p');
  p.className = 'pp-foil-row-law';
  p.textContent = `Law: ${laws.join('; ')}`;
  return p;
}

/** The key dates above the table: response due, appeal by, court by. */
function keyDateItems(deadlines: Deadline[]): HTMLElement[] {
  return keyDates(deadlines).map((k) => {
    const div = document.createElement('div');
    div.className = 'pp-key-dates__item';
    div.dataset['ppKeyDate'] = k.id;
    const dt = document.createElement('dt');
    dt.textContent = k.label;
    const dd = document.createElement('dd');
    const time = document.createElement('time');
    time.dateTime = k.date;
    time.textContent = formatLong(k.date);
    const note = document.createElement('span');
    note.className = 'pp-key-dates__note';
    note.textContent = k.note;
    dd.append(time, note);
    div.append(dt, dd);
    return div;
  });
}

function setup(root: HTMLElement): void {
  const facts = JSON.parse(root.dataset['facts'] ?? '{}') as Record<string, FactSources>;
  const terms = readTerms(root);
  if (!terms) return;
  const form = enhance(root);
  const output = root.querySelector<HTMLElement>('[data-pp-output]');
  const errors = root.querySelector<HTMLElement>('[data-pp-errors]');
  const status = root.querySelector<HTMLElement>('[data-pp-status]');
  const rows = root.querySelector<HTMLElement>('[data-pp-rows]');
  const keyList = root.querySelector<HTMLElement>('[data-pp-key-dates]');
  const sourceList = root.querySelector<HTMLElement>('[data-pp-sources-list]');
  const caption = root.querySelector<HTMLElement>('[data-pp-caption]');
  const timeField = root.querySelector<HTMLElement>('[data-pp-time-field]');
  if (!form || !output || !errors || !rows || !keyList || !sourceList) return;
  const syncChannel = () => {
    if (timeField) timeField.hidden = value(form, 'channel') !== 'electronic';
  };
  for (const r of form.querySelectorAll('input[name="channel"]'))
    r.addEventListener('change', syncChannel);
  syncChannel();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const channel = value(form, 'channel') === 'paper' ? 'paper' : 'electronic';
    const dates = Object.fromEntries(
      Object.keys(DEADLINE_DATE_FIELDS).map((name) => [name, dateField(form, name)]),
    ) as Record<DeadlineDateField, ReturnType<typeof dateField>>;
    const input: DeadlineInput = {
      receivedOn: dates.receivedOn.value,
      channel,
      receivedAt: channel === 'electronic' ? value(form, 'receivedAt') || undefined : undefined,
      acknowledgedOn: dates.acknowledgedOn.value || undefined,
      deniedOn: dates.deniedOn.value || undefined,
      appealReceivedOn: dates.appealReceivedOn.value || undefined,
      appealDecidedOn: dates.appealDecidedOn.value || undefined,
    };
    // A date the browser could not read (30 February, a part left blank) has no value:
    // say so, rather than "Enter the date" or nothing at all for an optional date.
    const unreadable = (Object.keys(dates) as DeadlineDateField[]).filter(
      (name) => dates[name].unreadable,
    );
    const problems: Problem[] = [
      ...unreadable.map((field) => ({
        field,
        message: dateProblemMessage(DEADLINE_DATE_FIELDS[field], 'impossible'),
      })),
      ...checkDeadlineInput(input).filter(
        (p) => !unreadable.includes(p.field as DeadlineDateField),
      ),
    ];
    let deadlines: Deadline[] = [];
    if (!problems.length) {
      try {
        deadlines = computeDeadlines(input, terms);
      } catch (err) {
        // checkDeadlineInput accepted the input, so this is a bug: say so instead of failing silently.
        console.error('deadline calculator:', err);
        problems.push({
          field: 'receivedOn',
          message:
            'These dates could not be counted. Check each date, or count by hand as the worked example above does.',
        });
      }
    }
    if (problems.length) {
      output.hidden = true;
      // In form order, whatever found them.
      const order = Object.keys(FIELD_IDS);
      problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
      showErrors(errors, problems, FIELD_IDS, form);
      announce(
        status,
        `The deadlines could not be computed: ${problems.map((p) => p.message).join(' ')}`,
      );
      return;
    }
    clearErrors(errors, form);
    rows.replaceChildren(
      ...deadlines.map((d) => {
        const tr = document.createElement('tr');
        tr.dataset['ppDeadline'] = d.id;
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = d.label;
        const td = document.createElement('td');
        td.dataset['label'] = 'Date';
        const time = document.createElement('time');
        time.dateTime = d.date;
        time.textContent = formatLong(d.date);
        td.append(time);
        const how = document.createElement('td');
        how.dataset['label'] = 'How it was counted';
        for (const line of d.explanation) {
          const p = document.createElement('p');
          p.textContent = line;
          how.append(p);
        }
        for (const a of d.assumptions) {
          const p = document.createElement('p');
          p.className = 'pp-foil-assumption';
          p.textContent = `Assumption: ${a}`;
          how.append(p);
        }
        const law = lawLine(d.facts, facts);
        if (law) how.append(law);
        tr.append(th, td, how);
        return tr;
      }),
    );
    keyList.replaceChildren(...keyDateItems(deadlines));
    sourceList.replaceChildren(
      ...factsUsed(deadlines)
        .map((id) => facts[id])
        .filter((f): f is FactSources => f !== undefined)
        .map(sourceItem),
    );
    if (caption)
      caption.textContent = `Every FOIL date for a request received on ${formatLong(input.receivedOn)}, and how it was counted`;
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    const response = deadlines.find((d) => d.id === 'response');
    const appeal = deadlines.find((d) => d.id === 'appeal');
    const court = deadlines.find((d) => d.id === 'article-78');
    announce(
      status,
      `Deadlines computed. The NYPD must respond by ${response ? formatLong(response.date) : ''}. An appeal is due by ${appeal ? formatLong(appeal.date) : ''}. A court proceeding must start by ${court ? formatLong(court.date) : ''}. The table below lists every date with how it was counted.`,
    );
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-deadline-calculator]'))
  setup(root);

/**
 * Deadline calculator (progressive enhancement of DeadlineCalculator.astro).
 * Labels, messages and dates in the page's language; explanations in it too
 * where translated, otherwise in English, marked so (`lang`).
 */
import { dateProblemMessage } from '../../lib/foil/date-input.ts';
import {
  DEADLINE_DATE_FIELDS,
  type Deadline,
  type DeadlineDateField,
  type DeadlineInput,
  checkDeadlineInput,
  computeDeadlines,
  dateFieldSubject,
  factsUsed,
  keyDates,
} from '../../lib/foil/deadlines.ts';
import { fill, langAttr, longDateIn } from '../../lib/foil/text.ts';
import { deadlineText } from '../../lib/foil/tool-text.ts';
import type { Locale } from '../../i18n/locales.ts';
import {
  type Problem,
  type ToolText,
  announce,
  clearErrors,
  dateField,
  enhance,
  readTerms,
  readToolText,
  setText,
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
  /** The language of `law` (English where the fact is not translated). */
  lawLang: Locale;
  sources: { label: string; url: string }[];
}

/** One item of the table's "Law and sources" list: "Public Officers Law § 89(3)(a): <a>…</a>, <a>…</a>". */
function sourceItem(f: FactSources, text: ToolText, colon: string): HTMLLIElement {
  const li = document.createElement('li');
  if (f.law) {
    const law = document.createElement('span');
    setText(law, f.law, text.locale, f.lawLang);
    li.append(law, colon);
  }
  const english = langAttr(text.locale, 'en');
  f.sources.forEach((s, j) => {
    if (j > 0) li.append(', ');
    const a = document.createElement('a');
    a.href = s.url;
    a.textContent = s.label;
    if (english) a.lang = english;
    li.append(a);
  });
  return li;
}

/** "Law: …" under a row's explanation: the statutes the date rests on, without their sources. */
function lawLine(
  ids: readonly string[],
  facts: Record<string, FactSources>,
  text: ToolText,
): HTMLElement | null {
  const laws = [...new Set(ids.map((id) => facts[id]?.law).filter((l): l is string => !!l))];
  if (laws.length === 0) return null;
  const p = document.createElement('p');
  p.className = 'pp-foil-row-law';
  const [before, after] = text.ui.uiLaw.split('{laws}') as [string, string | undefined];
  const list = document.createElement('span');
  const english = ids.some((id) => facts[id] && facts[id].lawLang !== text.locale);
  setText(list, laws.join('; '), text.locale, english ? 'en' : text.locale);
  p.append(before, list, after ?? '');
  return p;
}

/** The key dates above the table: response due, appeal by, court by. */
function keyDateItems(deadlines: Deadline[], text: ToolText): HTMLElement[] {
  return keyDates(deadlines, deadlineText(text)).map((k) => {
    const div = document.createElement('div');
    div.className = 'pp-key-dates__item';
    div.dataset['ppKeyDate'] = k.id;
    const dt = document.createElement('dt');
    dt.textContent = k.label;
    const dd = document.createElement('dd');
    const time = document.createElement('time');
    time.dateTime = k.date;
    time.textContent = longDateIn(text.locale, k.date);
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
  const text = readToolText(root);
  if (!terms || !text) return;
  const { ui } = text;
  const words = deadlineText(text);
  const form = enhance(root);
  const output = root.querySelector<HTMLElement>('[data-pp-output]');
  const errors = root.querySelector<HTMLElement>('[data-pp-errors]');
  const status = root.querySelector<HTMLElement>('[data-pp-status]');
  const rows = root.querySelector<HTMLElement>('[data-pp-rows]');
  const keyList = root.querySelector<HTMLElement>('[data-pp-key-dates]');
  const sourceList = root.querySelector<HTMLElement>('[data-pp-sources-list]');
  const caption = root.querySelector<HTMLElement>('[data-pp-caption]');
  const timeField = root.querySelector<HTMLElement>('[data-pp-time-field]');
  const colon = root.dataset['lawColon'] ?? ': ';
  if (!form || !output || !errors || !rows || !keyList || !sourceList) return;
  const syncChannel = () => {
    if (timeField) timeField.hidden = value(form, 'channel') !== 'electronic';
  };
  for (const r of form.querySelectorAll('input[name="channel"]'))
    r.addEventListener('change', syncChannel);
  syncChannel();
  const long = (d: string) => longDateIn(text.locale, d);

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
        message: dateProblemMessage(
          dateFieldSubject(field, words),
          'impossible',
          undefined,
          words.ui,
        ),
      })),
      ...checkDeadlineInput(input, words).filter(
        (p) => !unreadable.includes(p.field as DeadlineDateField),
      ),
    ];
    let deadlines: Deadline[] = [];
    if (!problems.length) {
      try {
        deadlines = computeDeadlines(input, terms, words);
      } catch (err) {
        // checkDeadlineInput accepted the input, so this is a bug: say so instead of failing silently.
        console.error('deadline calculator:', err);
        problems.push({ field: 'receivedOn', message: ui.uiCouldNotCount });
      }
    }
    if (problems.length) {
      output.hidden = true;
      // In form order, whatever found them.
      const order = Object.keys(FIELD_IDS);
      problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
      showErrors(errors, problems, FIELD_IDS, form, text);
      announce(
        status,
        fill(ui.uiDeadlinesNotComputed, { problems: problems.map((p) => p.message).join(' ') }),
      );
      return;
    }
    clearErrors(errors, form);
    const exLocale = text.explanations.locale;
    rows.replaceChildren(
      ...deadlines.map((d) => {
        const tr = document.createElement('tr');
        tr.dataset['ppDeadline'] = d.id;
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = d.label;
        const td = document.createElement('td');
        td.dataset['label'] = ui.uiColDate;
        const time = document.createElement('time');
        time.dateTime = d.date;
        time.textContent = long(d.date);
        td.append(time);
        const how = document.createElement('td');
        how.dataset['label'] = ui.uiColHow;
        for (const line of d.explanation) {
          const p = document.createElement('p');
          setText(p, line, text.locale, exLocale);
          how.append(p);
        }
        for (const a of d.assumptions) {
          const p = document.createElement('p');
          p.className = 'pp-foil-assumption';
          const said = document.createElement('span');
          setText(said, a, text.locale, exLocale);
          p.append(`${ui.uiAssumption} `, said);
          how.append(p);
        }
        const law = lawLine(d.facts, facts, text);
        if (law) how.append(law);
        tr.append(th, td, how);
        return tr;
      }),
    );
    keyList.replaceChildren(...keyDateItems(deadlines, text));
    sourceList.replaceChildren(
      ...factsUsed(deadlines)
        .map((id) => facts[id])
        .filter((f): f is FactSources => f !== undefined)
        .map((f) => sourceItem(f, text, colon)),
    );
    if (caption) caption.textContent = fill(ui.uiCaptionFor, { date: long(input.receivedOn) });
    output.hidden = false;
    output.querySelector<HTMLElement>('h3')?.focus();
    const response = deadlines.find((d) => d.id === 'response');
    const appeal = deadlines.find((d) => d.id === 'appeal');
    const court = deadlines.find((d) => d.id === 'article-78');
    announce(
      status,
      fill(ui.uiDeadlinesComputed, {
        response: response ? long(response.date) : '',
        appeal: appeal ? long(appeal.date) : '',
        court: court ? long(court.date) : '',
      }),
    );
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-pp-deadline-calculator]'))
  setup(root);

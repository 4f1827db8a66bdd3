/**
 * The reports' dictionaries: the English is, word for word, what the reports
 * always printed (the constants the other modules keep), every language has
 * well-formed rich text with the same links as the English, and numbers,
 * dates and sizes follow the page's language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import type { Dictionary, Messages } from '../../i18n/messages.ts';
import reports from '../../i18n/messages/reports.ts';
import reportsProse from '../../i18n/messages/reports-prose.ts';
import generated from '../../i18n/messages/reports-generated.ts';
import {
  ANNUAL_REPORT_FIELDS,
  REPORT_FIELD_STATUSES,
  REPORT_FIELD_STATUS_LABELS,
} from '../../schemas/annual-report.ts';
import { policyEvents } from '../oversight/timeline.ts';
import { formatBytes } from './fill.ts';
import { INPUT_ROLES, type InputRole } from './fingerprint.ts';
import {
  dateIn,
  eventLabelIn,
  fieldLabelIn,
  numberIn,
  roleIn,
  shareIn,
  sourceKindIn,
  statusLabelIn,
} from './l10n.ts';
import { ANNUAL_SECTIONS, PACKET_SECTIONS, annualSections, packetSections } from './meta.ts';
import { parseRich } from './rich.ts';

/** Sample arguments by parameter name, to call every message of every language. */
const SAMPLES: Record<string, unknown> = {
  caption: 'Caption',
  from: '1',
  to: '4',
  first: 'Drones',
  others: '12',
  title: 'T',
  technology: 'Drones',
  technologies: 'Drones, Robots',
  printer: 'Chromium 1',
  reason: 'no Chromium at /x',
  n: 3,
  m: 5,
  year: 2024,
  years: '2022, 2023',
  date: 'D',
  basis: 'B',
  roles: 'R',
  sidecar: '/reports/x.json',
  html: '/reports/x/',
  notMade: 'N',
  event: 'e',
  final: true,
  rows: 7,
  status: 'S',
  field: 'F',
  criterion: 'C',
  section: 'Training',
  paragraph: 'Training ¶1',
  item: 2,
  label: 'L',
  kind: 'news',
  notReported: 'not reported',
  passed: 13,
  total: 19,
  share: '46%',
  fields: 16,
  oig: 1,
  questions: 22,
  printed: 'P',
  addenda: 2,
  dates: 'D1, D2',
  file: 'f.txt',
  sha256: 'abc',
  reviewed: 'D',
  failing: 6,
  slug: 'drones',
  k: 8,
  shared: '1,870',
  words: 4063,
  period: { start: 'A', end: 'B' },
  figure: '15 recommendations',
  rule: 'Rule.',
  periods: 'A to B',
  start: 'A',
  end: 'B',
  description: 'facial recognition only',
  figures: 12,
  hasSection: true,
  privacyOfficer: true,
  changes: 7,
  substantive: true,
  reports: 2,
  published: 'D',
  withheldUnder: 'POL § 87',
  min: 50,
  subject: 'its uses',
  percent: 95,
  specific: 29,
  entity: 'state',
  why: 'only 15 words',
  tool: 'Digidog',
  phrase: 'robot dog',
  source: 'S.T.O.P.',
  finding: 'Finding.',
  made: '15 recommendations',
  rejected: { figure: '14 of 15 recommendations', period: 'P' },
};

function params(fn: (...args: never[]) => string): string[] {
  const src = fn.toString();
  const list = /^\(([^)]*)\)/.exec(src)?.[1] ?? '';
  return list
    .split(',')
    .map((p) => p.split(':')[0]!.trim())
    .filter(Boolean);
}

/** Every message of a language, as text (functions called with the samples). */
function texts(dict: Dictionary<Messages>, locale: Locale): Map<string, string> {
  const m = dict.messages[locale] as Record<string, unknown> | undefined;
  const out = new Map<string, string>();
  if (!m) return out;
  for (const [key, value] of Object.entries(m)) {
    if (typeof value === 'string') out.set(key, value);
    else {
      const fn = value as (...args: unknown[]) => string;
      const args = params(fn).map((p) => {
        if (!(p in SAMPLES)) throw new Error(`no sample for parameter "${p}" of ${key}`);
        return SAMPLES[p];
      });
      out.set(key, fn(...args));
    }
  }
  return out;
}

/** The `<xN>` elements a text uses, sorted. */
const elements = (text: string) => [...new Set(text.match(/<x\d>/g) ?? [])].sort();

describe.each([reports, reportsProse, generated] as Dictionary<Messages>[])(
  'the $namespace dictionary',
  (dict) => {
    const english = texts(dict, 'en');
    it.each(LOCALE_CODES.filter((l) => dict.messages[l]))(
      '%s: every message is well-formed rich text with the English links',
      (locale) => {
        const mine = texts(dict, locale);
        expect([...mine.keys()]).toEqual([...english.keys()]);
        for (const [key, text] of mine) {
          expect(() => parseRich(text), `${locale} ${key}`).not.toThrow();
          expect(elements(text), `${locale} ${key}`).toEqual(elements(english.get(key)!));
        }
      },
    );
  },
);

describe('English, as the reports always printed it', () => {
  it('names the sections, fields, statuses, roles and events as the constants do', () => {
    expect(packetSections('en')).toEqual(PACKET_SECTIONS.map((s) => ({ ...s })));
    expect(annualSections('en')).toEqual(ANNUAL_SECTIONS.map((s) => ({ ...s })));
    for (const f of ANNUAL_REPORT_FIELDS) expect(fieldLabelIn('en', f)).toBe(f.label);
    for (const s of REPORT_FIELD_STATUSES)
      expect(statusLabelIn('en', s)).toBe(REPORT_FIELD_STATUS_LABELS[s]);
    for (const r of Object.keys(INPUT_ROLES) as InputRole[])
      expect(roleIn('en', r)).toBe(INPUT_ROLES[r]);
    for (const status of ['final', 'draft'] as const)
      for (const e of policyEvents({
        slug: 'x',
        technology: 'X',
        title: 'X',
        status,
        posted: '2020-01-01',
        updated: '2021-01-01',
        addenda: [{ date: '2022-01-01', printedDate: '2022-01-01', description: 'd' }],
      }))
        expect(eventLabelIn('en', e.kind, status === 'final')).toBe(e.label);
  });

  it('keeps its numbers, dates, shares and sizes', () => {
    expect(dateIn('en', '2023-04-11')).toBe('April 11, 2023');
    expect(numberIn('en', 12345)).toBe('12,345');
    expect([shareIn('en', 0.456), shareIn('en', null)]).toEqual(['46%', 'no text']);
    expect([formatBytes(999), formatBytes(181_000), formatBytes(1_234_567)]).toEqual([
      '999 bytes',
      '181 kB',
      '1.2 MB',
    ]);
  });
});

describe('Spanish and the other languages', () => {
  it('word the statuses, fields and sections in Spanish', () => {
    expect(REPORT_FIELD_STATUSES.map((s) => statusLabelIn('es', s))).toEqual([
      'informado',
      'informado como cero',
      'no informado',
      'no aplicable',
      'retenido',
    ]);
    expect(fieldLabelIn('es', ANNUAL_REPORT_FIELDS[10])).toBe(
      'Costo anual y fuente de financiación',
    );
    expect(packetSections('es').map((s) => s.title)).toContain('Brecha de información');
    expect(annualSections('ar').find((s) => s.id === 'method')?.title).toBe('ملاحظات المنهجية');
  });

  it('write numbers, dates, shares and sizes the language’s way', () => {
    expect(dateIn('es', '2023-04-11')).toBe('11 de abril de 2023');
    expect(numberIn('es', 12345)).toBe('12.345');
    expect([shareIn('es', 0.456), shareIn('es', null)]).toEqual(['46\u00a0%', 'sin texto']);
    expect([
      formatBytes(999, 'es'),
      formatBytes(181_000, 'es'),
      formatBytes(1_234_567, 'es'),
    ]).toEqual(['999 bytes', '181 kB', '1,2 MB']);
    expect(formatBytes(1_234_567, 'fr')).toBe('1,2 MB');
  });

  it('translate the portal’s own words for a source, and leave the data’s', () => {
    expect(sourceKindIn('es', 'law')).toBe('ley');
    expect(sourceKindIn('es', 'news')).toBeNull();
  });
});

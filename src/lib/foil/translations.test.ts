/**
 * The translations of the legal facts and record maps: the real files are
 * complete where they must be and follow their English; a translation that
 * changes a citation, a deadline or a retention figure, or that does not
 * match its English entries, is refused with the file, the entry and the fix;
 * one whose English changed since falls back to the English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { RecordMapSchema, type RecordMap } from '../../schemas/foil.ts';
import { legalFacts } from './__fixtures__/legal-facts.ts';
import {
  factFingerprint,
  localizeFacts,
  localizeRecordMap,
  recordMapFingerprint,
  statesPeriodIn,
} from './translations.ts';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const factsFile = (lang: Locale) => `data/foil/legal-facts.${lang}.json`;
const OTHERS = LOCALES.map((l) => l.code).filter((c) => c !== 'en' && c !== 'es');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];

/** The facts of the short path (where to send; the letter), translated in every language. */
const SHORT_PATH = [
  'channel-openrecords',
  'channel-email',
  'channel-mail',
  'coog',
  'address-appeals-officer',
  'foil-response-5-days',
  'fees-none',
];

describe('the legal facts in other languages', () => {
  it('are all in Spanish, each following its English', () => {
    const { facts, missing, stale } = localizeFacts(
      legalFacts,
      'es',
      read(factsFile('es')),
      factsFile('es'),
    );
    expect(missing).toEqual([]);
    expect(stale, JSON.stringify(stale)).toEqual([]);
    expect(facts.every((f) => f.lang === 'es')).toBe(true);
    const response = facts.find((f) => f.id === 'foil-response-5-days')!;
    expect(response.statement).toContain('cinco días hábiles');
    // What is not the portal's words stays as it is.
    expect(response.sources).toEqual(legalFacts.find((f) => f.id === response.id)!.sources);
    expect(response.period).toEqual({ count: 5, unit: 'business-days' });
    const mail = facts.find((f) => f.id === 'channel-mail')!;
    expect(mail.address).toEqual(legalFacts.find((f) => f.id === 'channel-mail')!.address);
    expect(mail.channel?.name).toBe('Correo postal o entrega en mano');
  });

  it.each(OTHERS)('%s: has the short path’s facts, each following its English', (lang) => {
    const { facts, stale } = localizeFacts(
      legalFacts,
      lang,
      read(factsFile(lang)),
      factsFile(lang),
    );
    expect(stale, JSON.stringify(stale)).toEqual([]);
    for (const id of SHORT_PATH) expect(facts.find((f) => f.id === id)?.lang, id).toBe(lang);
  });

  it('falls back to English, with the fingerprint to record, when the English changed', () => {
    const changed = legalFacts.map((f) =>
      f.id === 'fees-none' ? { ...f, statement: `${f.statement} (Revised.)` } : f,
    );
    const { facts, stale } = localizeFacts(changed, 'es', read(factsFile('es')), factsFile('es'));
    const fees = facts.find((f) => f.id === 'fees-none')!;
    expect(fees.lang).toBe('en');
    expect(fees.statement).toMatch(/\(Revised\.\)$/);
    expect(stale).toEqual([
      {
        id: 'fees-none',
        from: factFingerprint(legalFacts.find((f) => f.id === 'fees-none')!),
        now: factFingerprint(changed.find((f) => f.id === 'fees-none')!),
      },
    ]);
  });

  it('shows every fact in English where a language has no file', () => {
    const { facts, missing } = localizeFacts(legalFacts, 'fr', undefined, factsFile('fr'));
    expect(facts.every((f) => f.lang === 'en')).toBe(true);
    expect(missing).toHaveLength(legalFacts.length);
  });

  const es = read(factsFile('es')) as {
    lang: string;
    facts: Record<string, Record<string, string>>;
  };
  const withFact = (id: string, patch: Record<string, string | undefined>) => ({
    ...es,
    facts: { ...es.facts, [id]: { ...es.facts[id], ...patch } },
  });
  it.each([
    [
      'a period the English does not state',
      withFact('foil-response-5-days', {
        statement: 'Dentro de los seis días hábiles siguientes, el organismo debe responder.',
      }),
      /\[facts\]\.\[foil-response-5-days\]: the statement must state the period of the English fact \(5 business-days.*never changes a deadline/,
    ],
    [
      'a changed citation',
      withFact('coog-day-of-receipt', { law: 'Ley de Funcionarios Públicos § 89(3)(a) (opinión)' }),
      /\[facts\]\.\[coog-day-of-receipt\]: "law" must keep the citation as it is: start it with "Public Officers Law § 89\(3\)\(a\)"/,
    ],
    [
      'a missing note',
      withFact('coog-email-late-in-day', { note: undefined }),
      /\[facts\]\.\[coog-email-late-in-day\]: the English fact has a "note"; translate it/,
    ],
    [
      'an unknown fact',
      { ...es, facts: { ...es.facts, 'no-such-fact': es.facts['coog'] } },
      /\[facts\]\.\[no-such-fact\]: unknown fact "no-such-fact"/,
    ],
    [
      'a channel without its name',
      withFact('channel-mail', { name: undefined }),
      /\[facts\]\.\[channel-mail\]: the English fact is a channel; give its "name"/,
    ],
    [
      'a malformed fingerprint',
      withFact('coog', { from: 'pending' }),
      /data\/foil\/legal-facts\.es\.json \[facts\]\.\[coog\]\.\[from\]: expected the 12-hex-digit fingerprint/,
    ],
    ['another language', { ...es, lang: 'fr' }, /"lang" is "fr", expected "es"/],
  ])('refuses %s, naming the file, the fact and the fix', (_label, file, message) => {
    expect(() => localizeFacts(legalFacts, 'es', file, factsFile('es'))).toThrow(message);
  });

  it('knows a period stated in Spanish words or digits, and in digits elsewhere', () => {
    const five = { count: 5, unit: 'business-days' } as const;
    expect(statesPeriodIn('es', 'dentro de los cinco días hábiles', five)).toBe(true);
    expect(statesPeriodIn('es', 'dentro de los 5 días hábiles', five)).toBe(true);
    expect(statesPeriodIn('es', 'dentro de los quince días hábiles', five)).toBe(false);
    expect(statesPeriodIn('zh-hans', '5 个工作日内', five)).toBe(true);
    expect(statesPeriodIn('zh-hans', '15 个工作日内', five)).toBe(false);
    expect(statesPeriodIn('bn', '৫ কার্যদিবসের মধ্যে', five)).toBe(true);
  });
});

describe('the record maps in Spanish', () => {
  const english = (slug: string): RecordMap =>
    RecordMapSchema.parse(read(`data/policies/${slug}/foil-records.json`));
  const file = (slug: string) => `data/policies/${slug}/foil-records.es.json`;

  it.each(SLUGS)('%s: every entry translated, following its English', (slug) => {
    const { map, stale } = localizeRecordMap(english(slug), 'es', read(file(slug)), file(slug));
    expect(stale).toBeNull();
    expect(map.lang).toBe('es');
    expect(map.records.map((r) => r.id)).toEqual(english(slug).records.map((r) => r.id));
    for (const r of map.records) {
      const en = english(slug).records.find((x) => x.id === r.id)!;
      // The letter quotes the English wording; the Spanish is for reading.
      expect(r.en).toEqual({ title: en.title, wording: en.wording });
      expect(r.cites).toEqual(en.cites);
      expect(r.wording).not.toBe(en.wording);
    }
    expect(map.retention.map((r) => r.urgent)).toEqual(
      english(slug).retention.map((r) => r.urgent),
    );
  });

  it('keeps the thermographic robot’s 30 days', () => {
    const { map } = localizeRecordMap(
      english('thermographic-cameras'),
      'es',
      read(file('thermographic-cameras')),
      file('thermographic-cameras'),
    );
    expect(map.retention.find((r) => r.id === 'robot-30-days')?.period).toBe('30 días');
  });

  const tc = read(file('thermographic-cameras')) as Record<
    string,
    Record<string, Record<string, string>>
  >;
  it.each([
    [
      'a retention period with other figures',
      {
        ...tc,
        retention: {
          ...tc['retention'],
          'robot-30-days': { ...tc['retention']!['robot-30-days'], period: '60 días' },
        },
      },
      /\[retention\]\.\[robot-30-days\]\.\[period\]: the figures must be those of the English period "30 days" \(30\); got 60/,
    ],
    [
      'a missing record',
      {
        ...tc,
        records: Object.fromEntries(
          Object.entries(tc['records']!).filter(([id]) => id !== 'robot-pilot'),
        ),
      },
      /\[records\]\.\[robot-pilot\]: missing; translate the English entry "robot-pilot"/,
    ],
    [
      'an entry the English map does not have',
      { ...tc, notKept: { ...tc['notKept'], 'no-such-entry': { title: 'x', description: 'y' } } },
      /\[notKept\]\.\[no-such-entry\]: the English map has no entry "no-such-entry"/,
    ],
    [
      'timing the English entry does not have',
      {
        ...tc,
        records: {
          ...tc['records'],
          'robot-pilot': { ...tc['records']!['robot-pilot'], timing: 'pronto' },
        },
      },
      /\[records\]\.\[robot-pilot\]: the English entry has no "timing"; remove it/,
    ],
  ])('refuses %s, naming the file, the entry and the fix', (_label, bad, message) => {
    expect(() =>
      localizeRecordMap(english('thermographic-cameras'), 'es', bad, file('thermographic-cameras')),
    ).toThrow(message);
  });

  it('falls back to the English map when the English changed since', () => {
    const changed = { ...english('facial-recognition'), summary: 'A new summary.' };
    const { map, stale } = localizeRecordMap(
      changed,
      'es',
      read(file('facial-recognition')),
      file('facial-recognition'),
    );
    expect(map.lang).toBe('en');
    expect(map.summary).toBe('A new summary.');
    expect(stale).toEqual({
      from: recordMapFingerprint(english('facial-recognition')),
      now: recordMapFingerprint(changed),
    });
  });
});

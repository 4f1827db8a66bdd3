import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_FACT_IDS,
  LegalFactSchema,
  LegalFactsFileSchema,
  PERIOD_FACTS,
  RecordMapSchema,
} from './foil.ts';

const facts = (
  JSON.parse(
    readFileSync(new URL('../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
  ) as unknown[]
).map((f) => LegalFactSchema.parse(f));

describe('data/foil/legal-facts.json', () => {
  it('validates every fact and gives each a unique id', () => {
    expect(facts.length).toBeGreaterThan(20);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('gives every channel and address a source, a last-verified date and a certainty', () => {
    const located = facts.filter((f) => f.channel || f.address);
    expect(located.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'channel-openrecords',
        'channel-email',
        'channel-mail',
        'address-appeals-officer',
      ]),
    );
    for (const f of located) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.checked.on, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the NYPD channels as sure as their public sources: OpenRecords unconfirmed, email and post from dated sources', () => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('channel-openrecords')?.certainty).toBe('uncertain');
    expect(byId.get('channel-email')?.certainty).toBe('reported');
    expect(byId.get('channel-mail')?.certainty).toBe('reported');
  });

  it('cites public documents, never the project’s own notes', () => {
    for (const f of facts) {
      const text = JSON.stringify(f);
      expect(text, f.id).not.toMatch(/reference notes|UNCERTAIN/);
    }
  });

  it('states the deadlines with the statute each comes from', () => {
    const law = (id: string) => facts.find((f) => f.id === id)?.law;
    expect(law('foil-response-5-days')).toBe('Public Officers Law § 89(3)(a)');
    expect(law('foil-appeal-30-days')).toBe('Public Officers Law § 89(4)(a)');
    expect(law('cplr-217-four-months')).toContain('CPLR 217(1)');
    expect(law('gcl-25a-next-business-day')).toBe('General Construction Law § 25-a');
  });
});

describe('schemas', () => {
  it('rejects a fact without a source, naming the field', () => {
    const r = LegalFactSchema.safeParse({
      id: 'x',
      topic: 'fees',
      statement: 'A fact.',
      sources: [],
      certainty: 'sourced',
      checked: { on: '2026-11-21', against: 'x' },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['sources']);
  });

  it.each(['bogus-p1', 'rules-p0', 'rules-p1-0'])(
    'rejects a record citing %s, which the paragraph-id grammar refuses',
    (id) => {
      const r = RecordMapSchema.safeParse({
        summary: 's',
        records: [{ id: 'a', title: 't', description: 'd', cites: [id], wording: 'w' }],
      });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['records', 0, 'cites', 0]);
    },
  );

  it('rejects a record citing something that is not a paragraph id', () => {
    const r = RecordMapSchema.safeParse({
      summary: 's',
      records: [{ id: 'a', title: 't', description: 'd', cites: ['retention'], wording: 'w' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['records', 0, 'cites', 0]);
  });

  it('rejects an unknown key (a typo) in a record map entry', () => {
    const r = RecordMapSchema.safeParse({
      summary: 's',
      records: [
        {
          id: 'a',
          title: 't',
          description: 'd',
          cites: ['retention-p1'],
          wording: 'w',
          wordnig: 'x',
        },
      ],
    });
    expect(r.success).toBe(false);
  });
});

describe('the legal facts file as a whole', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>[];

  it('holds exactly the facts of LEGAL_FACT_IDS, each once', () => {
    expect(LegalFactsFileSchema.safeParse(raw).success).toBe(true);
    expect(facts.map((f) => f.id).sort()).toEqual([...LEGAL_FACT_IDS].sort());
  });

  it('fails when a fact the pages rely on is missing, naming it', () => {
    const r = LegalFactsFileSchema.safeParse(raw.filter((f) => f['id'] !== 'fees-none'));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^missing fact "fees-none"/);
  });

  it('fails on an unknown or repeated fact id', () => {
    const unknown = LegalFactsFileSchema.safeParse([...raw, { ...raw[0], id: 'foil-statue' }]);
    expect(unknown.error?.issues[0]?.message).toMatch(/unknown fact "foil-statue"/);
    const twice = LegalFactsFileSchema.safeParse([...raw, raw[0]]);
    expect(twice.error?.issues[0]?.message).toMatch(/given twice/);
  });
});

describe('periods and citations of the facts', () => {
  const byId = (id: string) => {
    const f = JSON.parse(
      readFileSync(new URL('../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>[];
    return { ...f.find((x) => x['id'] === id) };
  };

  it('gives every deadline fact its period, in the unit the calculator counts', () => {
    const periods = Object.fromEntries(facts.filter((f) => f.period).map((f) => [f.id, f.period]));
    expect(periods).toEqual({
      'foil-response-5-days': { count: 5, unit: 'business-days' },
      'foil-approximate-20-days': { count: 20, unit: 'business-days' },
      'foil-appeal-30-days': { count: 30, unit: 'days' },
      'foil-appeal-10-days': { count: 10, unit: 'business-days' },
      'cplr-217-four-months': { count: 4, unit: 'months' },
    });
    expect(Object.keys(periods).sort()).toEqual(Object.keys(PERIOD_FACTS).sort());
  });

  it('refuses a deadline fact without its period, or in another unit', () => {
    const { period: _, ...bare } = byId('foil-appeal-30-days');
    const none = LegalFactSchema.safeParse(bare);
    expect(none.error?.issues[0]?.path).toEqual(['period']);
    expect(none.error?.issues[0]?.message).toMatch(/"unit": "days"/);
    const wrong = LegalFactSchema.safeParse({
      ...byId('foil-appeal-30-days'),
      period: { count: 30, unit: 'business-days' },
    });
    expect(wrong.success).toBe(false);
  });

  it('refuses a period on a fact the calculator does not count', () => {
    const r = LegalFactSchema.safeParse({
      ...byId('fees-none'),
      period: { count: 1, unit: 'days' },
    });
    expect(r.error?.issues[0]?.message).toMatch(/only the facts .* carry a "period"/);
  });

  it('refuses a statute that is not the start of the law it shortens', () => {
    const r = LegalFactSchema.safeParse({
      ...byId('foil-policy-public-access'),
      statute: 'NYC Admin. Code § 14-188',
    });
    expect(r.error?.issues[0]?.path).toEqual(['statute']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LegalFact, LegalFactSchema } from '../../schemas/foil.ts';
import { certaintyFlag, certaintyText, channelsBySourcing } from './channels.ts';

const facts = (
  JSON.parse(
    readFileSync(new URL('../../../data/foil/legal-facts.json', import.meta.url), 'utf8'),
  ) as unknown[]
).map((f) => LegalFactSchema.parse(f));

function channel(id: string, certainty: LegalFact['certainty'], located: boolean): LegalFact {
  return {
    id,
    topic: 'channel',
    statement: 's',
    sources: [{ label: 'l', url: 'https://example.org/' }],
    certainty,
    checked: { on: '2026-11-21', against: 'a' },
    channel: { kind: 'online', name: id, ...(located ? { url: 'https://example.org/' } : {}) },
  };
}

describe('channelsBySourcing', () => {
  it('puts the best-sourced channel first, then one with an address before one without', () => {
    const order = channelsBySourcing([
      channel('a', 'uncertain', true),
      channel('b', 'reported', false),
      channel('c', 'reported', true),
      channel('d', 'sourced', false),
    ]).map((f) => f.id);
    expect(order).toEqual(['d', 'c', 'b', 'a']);
  });

  it('orders the NYPD channels of data/foil/legal-facts.json: post, email, OpenRecords', () => {
    const channels = facts.filter((f) => f.channel);
    expect(channelsBySourcing(channels).map((f) => f.id)).toEqual([
      'channel-mail',
      'channel-email',
      'channel-openrecords',
    ]);
  });

  it('refuses a fact that is not a channel, naming it', () => {
    const coog = facts.find((f) => f.id === 'coog')!;
    expect(() => channelsBySourcing([coog])).toThrow(/fact "coog" has no "channel"/);
  });
});

describe('certainty words', () => {
  it('flags every unsettled certainty and never uses the notes’ word for it', () => {
    expect(certaintyFlag('sourced')).toBeNull();
    for (const c of ['reported', 'assumption', 'uncertain'] as const) {
      expect(certaintyFlag(c)).toBeTruthy();
      expect(certaintyFlag(c)!.toUpperCase()).not.toContain('UNCERTAIN');
      expect(certaintyText(c).toUpperCase()).not.toContain('UNCERTAIN');
    }
  });
});

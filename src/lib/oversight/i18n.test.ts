/**
 * The oversight modules in Spanish (and the other languages where it
 * matters): English stays the default and unchanged (the other test files),
 * and each module given a locale words its output in it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import curatedTranslations from '../../i18n/messages/policy-curated-facts.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { KeyFactsFileSchema } from '../../schemas/oversight.ts';
import { SECTIONS } from '../../schemas/sections.ts';
import { citeGroups } from '../compare/cite-groups.ts';
import { formatIsoDate } from '../policy/dates.ts';
import { computeBoilerplate, formatShare } from './boilerplate.ts';
import { citationLabel, citationLinkName } from './citations.ts';
import {
  FACT_GROUPS,
  KEY_FACTS,
  courtAuthorizationRule,
  factGroupsIn,
  keyFactsFor,
  keyFactsIn,
  localizeCurated,
} from './key-facts.ts';
import {
  CRITERIA,
  criteriaIn,
  reasonsTranslated,
  scorePolicy,
  whyNotSubstantive,
} from './scorecard.ts';
import { ALPHA_MD, fixturePolicy } from './test-fixtures.ts';
import { allEvents, compareVersions, policyEvents } from './timeline.ts';

const alpha = fixturePolicy('alpha', 'Alpha Widgets', ALPHA_MD);

describe('citations in Spanish', () => {
  it('labels paragraphs, list items, the changes table and addenda', () => {
    expect(citationLabel('external-entities-p3', 'es')).toBe('Entidades externas ¶3');
    expect(citationLabel('rules-p3-2', 'es')).toBe('Normas, procesos y directrices ¶3, punto 2');
    expect(citationLabel('changes', 'es')).toBe('Resumen de cambios');
    expect(citationLabel('addendum-1', 'es')).toBe('Adenda 1');
    expect(citationLinkName('retention-p2', 'Facial Recognition', 'es')).toBe(
      'Conservación, acceso y uso de los datos ¶2, política de Facial Recognition',
    );
    expect(citationLinkName('retention-p2', 'Facial Recognition')).toBe(
      'Retention, Access & Use of Data ¶2, Facial Recognition policy',
    );
  });

  it('groups a cell’s citations under Spanish section names', () => {
    expect(citeGroups(['retention-p3', 'retention-p4-1', 'changes'], 'es')).toEqual([
      {
        section: 'Conservación, acceso y uso de los datos',
        links: [
          { id: 'retention-p3', label: '¶3' },
          { id: 'retention-p4-1', label: '¶4, punto 1' },
        ],
      },
      { section: null, links: [{ id: 'changes', label: 'Resumen de cambios' }] },
    ]);
  });

  it('labels an anchor in every language, never in English outside English', () => {
    for (const l of LOCALES.filter((x) => x.code !== 'en')) {
      expect(citationLabel('changes', l.code), l.code).not.toBe('Summary of changes');
      expect(citationLabel('external-entities-p3', l.code), l.code).toMatch(/¶3$/);
      expect(citationLabel('external-entities-p3', l.code)).not.toMatch(/External Entities/);
    }
  });
});

describe('dates and shares in the page language', () => {
  it('formats a printed date and a share in Spanish, and keeps English as it was', () => {
    expect(formatIsoDate('2023-04-11', 'es')).toBe('11 de abril de 2023');
    expect(formatIsoDate('2023-04-11')).toBe('April 11, 2023');
    expect(() => formatIsoDate('2023-02-30', 'es')).toThrow(/YYYY-MM-DD|2023-02-30/);
    expect(formatShare(0.874, 'es')).toBe('87\u00a0%');
    expect(formatShare(0.874)).toBe('87%');
    expect(formatShare(null, 'es')).toBe('sin texto');
    expect(formatShare(null)).toBe('no text');
  });
});

describe('key facts in Spanish', () => {
  it('labels the groups and facts, keeping the English catalogue unchanged', () => {
    expect(factGroupsIn('es').map((g) => g.label)).toEqual([
      'Datos y conservación',
      'Uso',
      'Intercambio fuera del NYPD',
      'Seguridad',
      'Capacitación, auditoría, salud y seguridad',
    ]);
    expect(FACT_GROUPS.map((g) => g.label)[0]).toBe('Data and retention');
    const es = keyFactsIn('es');
    expect(es.map((f) => f.id)).toEqual(KEY_FACTS.map((f) => f.id));
    expect(es.find((f) => f.id === 'court-authorization')).toMatchObject({
      label: 'Autorización judicial',
      question: '¿Se solicita autorización judicial antes del uso? ¿De qué tipo?',
      proseTranslated: true,
    });
    // Questions and methods have no French yet: English, flagged.
    const fr = keyFactsIn('fr').find((f) => f.id === 'court-authorization');
    expect(fr).toMatchObject({ label: 'Autorisation judiciaire', proseTranslated: false });
    expect(fr?.question).toBe(KEY_FACTS.find((f) => f.id === 'court-authorization')?.question);
  });

  it('words the rules’ values in Spanish; a detail quoting the policy stays English, flagged', () => {
    const warrant = fixturePolicy(
      'w',
      'W',
      '## RULES {#rules}\n\nThe NYPD obtains a search warrant before using the device inside a home.\n',
    );
    expect(courtAuthorizationRule(warrant, 'es')).toEqual({
      status: 'stated',
      value: 'Se solicita: orden de registro',
      citations: ['rules-p1'],
    });
    const notSought = fixturePolicy(
      'n',
      'N',
      '## RULES {#rules}\n\nThe NYPD does not seek court authorization prior to use.\n',
    );
    const court = keyFactsFor(notSought, undefined, 'es').find(
      (f) => f.factId === 'court-authorization',
    );
    expect(court).toMatchObject({
      value: 'No se solicita',
      detail: 'The NYPD does not seek court authorization prior to use.',
      english: { detail: true },
    });
    const facts = new Map(keyFactsFor(alpha, undefined, 'es').map((f) => [f.factId, f]));
    expect(facts.get('encryption-transit')?.value).toBe('Indicado');
    expect(facts.get('encryption-rest')?.value).toBe('Indicado');
    expect(facts.get('training')?.value).toBe('No revisado');
    expect(facts.get('recipient-prosecutors')?.value).toBe('No indicado');
    expect(keyFactsFor(alpha).find((f) => f.factId === 'training')).not.toHaveProperty('english');
  });

  it('capitalises the authentication methods in the language', () => {
    const auth = fixturePolicy(
      'a',
      'A',
      '## SAFEGUARDS {#safeguards}\n\nUsers log in with a username and password through Active Directory.\n',
    );
    const value = (locale: 'en' | 'es') =>
      keyFactsFor(auth, undefined, locale).find((f) => f.factId === 'authentication')?.value;
    expect(value('en')).toBe('Username and password; Active Directory');
    expect(value('es')).toBe('Nombre de usuario y contraseña; Active Directory');
  });

  it('uses a curated translation only while it matches the data file’s English', () => {
    const curated = {
      slug: 'thermographic-cameras',
      reviewed: '2026-11-21',
      facts: {
        retention: {
          value: '30 days (security robot only)',
          detail: 'An edited detail that has no translation yet.',
          citations: ['retention-p1'],
        },
      },
    };
    const thermo = { ...alpha, slug: 'thermographic-cameras' };
    const f = keyFactsFor(thermo, curated, 'es').find((x) => x.factId === 'retention');
    expect(f).toMatchObject({
      value: '30 días (solo el robot de seguridad)',
      detail: 'An edited detail that has no translation yet.',
      english: { detail: true },
      source: 'curated',
    });
    expect(localizeCurated('x', 'retention', 'value', 'Anything', 'en')).toEqual({
      text: 'Anything',
      english: false,
    });
  });

  it('has a current Spanish translation of every curated value and detail in data/', () => {
    const dir = new URL('../../../data/policies/', import.meta.url);
    const missing: string[] = [];
    let checked = 0;
    for (const slug of readdirSync(dir)) {
      let raw: string;
      try {
        raw = readFileSync(new URL(`${slug}/key-facts.json`, dir), 'utf8');
      } catch {
        continue;
      }
      const file = KeyFactsFileSchema.parse(JSON.parse(raw));
      for (const [id, fact] of Object.entries(file.facts))
        for (const part of ['value', 'detail'] as const) {
          const english = fact[part];
          if (english === undefined) continue;
          checked++;
          if (localizeCurated(file.slug, id, part, english, 'es').english)
            missing.push(`data/policies/${slug}/key-facts.json: ${id}.${part}`);
        }
    }
    expect(checked).toBeGreaterThan(10);
    expect(
      missing,
      'Translate these in src/i18n/messages/policy-curated-facts.ts (copy the new English there too)',
    ).toEqual([]);
    // Nothing stale lingers in the dictionary either.
    expect(Object.keys(curatedTranslations.messages.es ?? {}).length).toBe(checked);
  });
});

/** `n` distinct made-up words, unique to `tag`. */
function words(tag: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${tag}w${i}`).join(' ') + '.';
}

describe('scorecard in Spanish', () => {
  const body = SECTIONS.filter((s) => s.key !== 'audit')
    .map((s) => {
      const text =
        s.key === 'training'
          ? words('short', 20)
          : s.key === 'rules'
            ? `${words('rules', 60)} The NYPD does not seek court authorization prior to use.`
            : words(s.key.replace(/-/g, ''), 60);
      return `## ${s.heading} {#${s.key}}\n\n${text}\n`;
    })
    .join('\n');
  const policy = fixturePolicy('p', 'P', body);
  const bp = computeBoilerplate([policy])[0]!;

  it('names the criteria in Spanish, same ids and order as the English', () => {
    const es = criteriaIn('es');
    expect(es.map((c) => c.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(es[0]).toMatchObject({
      short: 'Capacidades',
      label: 'La sección «Capacidades» existe y tiene contenido sustancial.',
      proseTranslated: true,
    });
    expect(es[0]?.rule).toContain('al menos 50 palabras');
    expect(es[0]?.rule).toContain('«CAPABILITIES OF THE TECHNOLOGY»');
    expect(es.find((c) => c.id === 'ask-entity-state')?.label).toBe(
      'Dice si las entidades estatales tienen acceso a los datos.',
    );
    const ar = criteriaIn('ar');
    expect(ar[0]?.label).toBe('قسم «القدرات» موجود وذو مضمون.');
    expect(ar[0]?.proseTranslated).toBe(false);
    expect(ar[0]?.rule).toBe(CRITERIA[0]?.rule);
  });

  it('gives the same results with Spanish reasons', () => {
    const en = scorePolicy(policy, bp);
    const es = scorePolicy(policy, bp, 'es');
    expect(es.results.map((r) => [r.id, r.pass, r.evidence])).toEqual(
      en.results.map((r) => [r.id, r.pass, r.evidence]),
    );
    const note = (id: string) => es.results.find((r) => r.id === id)?.note;
    expect(note('section-audit')).toBe('Falta: la política no tiene esa sección.');
    expect(note('section-training')).toBe(
      'Capacitación: 20 palabras; una sección necesita al menos 50 palabras, 25 de ellas no compartidas con otras políticas.',
    );
    expect(note('section-capabilities')).toBe(
      'Con contenido sustancial: 60 palabras, 60 (100\u00a0%) propias de esta política.',
    );
    expect(note('ask-court-authorization')).toBe('No se solicita.');
    expect(note('ask-encryption')).toBe('Ninguna oración menciona el cifrado.');
    expect(reasonsTranslated('es')).toBe(true);
  });

  it('keeps the reasons English in a language without them, the court value too', () => {
    expect(reasonsTranslated('ko')).toBe(false);
    const ko = scorePolicy(policy, bp, 'ko');
    expect(ko.results.map((r) => r.note)).toEqual(
      scorePolicy(policy, bp).results.map((r) => r.note),
    );
    expect(whyNotSubstantive(230, 30, 'ko')).toBe(whyNotSubstantive(230, 30));
    expect(whyNotSubstantive(230, 30, 'es')).toBe(
      '230 palabras, pero solo 30 (13\u00a0%) no compartidas con otras políticas; al menos el 20\u00a0% de las palabras de una sección deben ser propias.',
    );
  });
});

describe('timeline in Spanish', () => {
  const meta = {
    slug: 'thermo',
    technology: 'Thermographic Cameras',
    title: 'Thermographic Cameras: Impact and Use Policy',
    status: 'final' as const,
    posted: '2021-04-11',
    updated: '2023-04-11',
    addenda: [{ date: '2023-04-11', printedDate: 'April 11, 2023', description: 'A robot.' }],
  };

  it('names the events in Spanish, same dates, order and ids', () => {
    const es = policyEvents(meta, 'es');
    const en = policyEvents(meta);
    expect(es.map((e) => e.label)).toEqual([
      'Publicación de la política final',
      'Actualización de la política final',
      'Adenda',
    ]);
    expect(es.map((e) => [e.id, e.date, e.anchor, e.description])).toEqual(
      en.map((e) => [e.id, e.date, e.anchor, e.description]),
    );
    expect(allEvents([meta], 'es').map((e) => e.id)).toEqual(allEvents([meta]).map((e) => e.id));
  });

  it('labels the compared sections in Spanish', () => {
    const diff = compareVersions(alpha.sections, alpha.sections, 'es');
    expect(diff.find((d) => d.key === 'external-entities')).toMatchObject({
      label: 'Entidades externas',
      status: 'unchanged',
    });
  });
});

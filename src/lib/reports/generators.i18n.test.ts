/**
 * The report generators in another language: the reporting gap's details,
 * why an OIG-NYPD report is listed, the suggested questions and the
 * citation labels are written in Spanish, with the English they quote
 * marked; in a language without the generated sentences yet they stay
 * English and say so; and English stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import type { AnnualReportRow } from '../../schemas/annual-report.ts';
import { buildAnnualReport, reportYears } from './annual.ts';
import { anchorLabel } from './cite.ts';
import { reportingGap } from './gap.ts';
import { oigReports, oigRule, OIG_RULE, otherCounts, relationTo } from './oig.ts';
import { buildHearingPacket } from './packet.ts';
import { plainText } from './rich.ts';
import { packetInput, realData } from './__fixtures__/real-data.ts';

const data = realData();
const gapPolicy = (slug: string) => {
  const p = data.oversight.policies.find((x) => x.slug === slug)!;
  return { ...p, changes: p.changes ?? 0 };
};
const ctx = { figures: 0, oigReports: 1, equitySubstantive: true };
const row = (over: Partial<AnnualReportRow>): AnnualReportRow => ({
  technology: 'facial-recognition',
  period_start: '2025-01-01',
  period_end: '2025-12-31',
  field: 'use',
  status: 'reported',
  value: 9850,
  unit: 'requests',
  answer: null,
  withheld_under: null,
  published: '2026-03-01',
  source_title: 'NYPD annual report 2025',
  source_url: 'https://www.nyc.gov/x.pdf',
  ...over,
});

describe('the reporting gap in Spanish', () => {
  const es = reportingGap(gapPolicy('thermographic-cameras'), [], ctx, 'es');
  const en = reportingGap(gapPolicy('thermographic-cameras'), [], ctx);
  const by = (rows: typeof es, id: string) => rows.find((g) => g.field.id === id)!;

  it('words each detail in Spanish, with its dates', () => {
    expect(by(es, 'identification').detail).toBe(
      'No hay informe anual. La propia política nombra la tecnología, es final, imprime la fecha en que se actualizó (11 de abril de 2023) y enumera 1 adenda; no nombra ninguna unidad responsable ni ningún periodo de informe.',
    );
    expect(by(es, 'oversight').detail).toBe(
      'No hay seguimiento del departamento. 1 informe de la OIG-NYPD (no del NYPD) se refiere a esta tecnología; no se publican el texto, la respuesta ni el estado de cada recomendación.',
    );
    expect(by(es, 'policy-changes').detail).toMatch(/^No se publica ningún cambio solicitado\./);
    expect(by(es, 'facial-recognition-audit')).toMatchObject({
      status: 'not-applicable',
      statusLabel: 'no aplicable',
      detail: 'Se aplica a reconocimiento facial solamente.',
      lang: 'es',
    });
    expect(es.filter((g) => g.status === 'not-reported').map((g) => g.statusLabel)).toEqual(
      Array(15).fill('no informado'),
    );
  });

  it('keeps the same statuses and citations as in English, and English as it was', () => {
    expect(es.map((g) => [g.status, g.citations])).toEqual(en.map((g) => [g.status, g.citations]));
    expect(by(en, 'identification').detail).toBe(
      'No yearly report. The policy itself names the technology, is final, prints the date it was updated (April 11, 2023) and lists 1 addendum; it names no responsible unit and no reporting period.',
    );
    expect(en.every((g) => g.lang === 'en')).toBe(true);
  });

  it('words a field from the dataset, withheld under a law cited as it is', () => {
    const rows = [
      row({
        field: 'data-sharing',
        status: 'withheld',
        value: null,
        unit: null,
        withheld_under: 'Public Officers Law § 87(2)(e)',
      }),
    ];
    const g = reportingGap(gapPolicy('facial-recognition'), rows, ctx, 'es').find(
      (x) => x.field.id === 'data-sharing',
    )!;
    expect([g.statusLabel, g.detail]).toEqual([
      'retenido',
      'Del 1 de enero de 2025 al 31 de diciembre de 2025, publicado el 1 de marzo de 2026. Retenido según Public Officers Law § 87(2)(e).',
    ]);
  });

  it('in a language without the details yet, keeps them in English, says so, and words the status', () => {
    const fr = reportingGap(gapPolicy('thermographic-cameras'), [], ctx, 'fr');
    expect(fr.map((g) => g.detail)).toEqual(en.map((g) => g.detail));
    expect(fr.every((g) => g.lang === 'en')).toBe(true);
    expect(by(fr, 'use').statusLabel).toBe('non publié');
  });
});

describe('why an OIG-NYPD report is listed, in Spanish', () => {
  const byName = new Map(data.stats.map((s) => [s.dataset, s]));
  const reports = oigReports(
    byName.get('oig-post-act-findings')!.figures,
    byName.get('oig-post-act')!.figures,
  );
  const tc = data.oversight.policies.find((p) => p.slug === 'thermographic-cameras')!;

  it('says the same rule in Spanish, marking the report’s English words', () => {
    const [r2022, r2024] = reports;
    expect(relationTo(r2022!, tc, 'es')).toEqual({
      kind: 'all-policies',
      basis:
        'La conclusión se refiere a las políticas de impacto y uso en su conjunto: no nombra ninguna tecnología ni herramienta concreta, así que se refiere a todas las políticas.',
    });
    const related = relationTo(r2024!, tc, 'es');
    const english = relationTo(r2024!, tc);
    expect(related.kind).toBe('related');
    expect(related.kind === 'related' && related.basis).toBe(
      'La conclusión nombra “<en>Knightscope K5 autonomous security robot</en>” entre las herramientas incorporadas a políticas existentes; esta política describe un “<en>autonomous security robot</en>”. Los datos no dicen qué política revisó la OIG-NYPD para ello.',
    );
    expect({ ...related, basis: '' }).toEqual({ ...english, basis: '' });
  });

  it('states the rule in Spanish; English keeps its four sentences', () => {
    expect(oigRule('es').lang).toBe('es');
    expect(oigRule('es').rules[3]).toBe(
      'Con independencia de lo anterior, un informe cuya conclusión nombra una tecnología por su nombre completo se refiere a esa política.',
    );
    expect(oigRule('ko')).toEqual({ rules: OIG_RULE, lang: 'en' });
    expect(OIG_RULE[2]).toBe(
      'A report that names neither a subject nor tools speaks of the impact and use policies as a whole and concerns every policy.',
    );
  });
});

describe('citation labels', () => {
  it('word the portal’s part and keep the policy’s section names as printed', () => {
    expect(
      ['rules-p3', 'external-entities', 'addendum-1', 'changes', 'external-entities-p5-4'].map(
        (id) => anchorLabel(id, 'es'),
      ),
    ).toEqual([
      'Rules, Processes & Guidelines ¶3',
      'sección External Entities',
      'Adenda 1',
      'Resumen de cambios',
      'External Entities ¶5, punto 4',
    ]);
    expect(
      ['external-entities', 'addendum-1', 'changes', 'external-entities-p5-4'].map((id) =>
        anchorLabel(id),
      ),
    ).toEqual([
      'External Entities section',
      'Addendum 1',
      'Summary of changes',
      'External Entities ¶5, item 4',
    ]);
  });
});

describe('the hearing packet in Spanish', () => {
  const input = packetInput(data, 'thermographic-cameras');
  const en = buildHearingPacket(input);
  const es = buildHearingPacket(input, 'es');
  const q = (p: typeof es, basis: string) => p.questions.find((x) => x.basis.id === basis)!;

  it('is the English packet built the same way, with the same sources, rows and citations', () => {
    expect(buildHearingPacket(input, 'en')).toEqual(en);
    expect(es.sources).toEqual(en.sources);
    expect(es.questions.map((x) => [x.id, x.basis.kind, x.basis.id, x.witness])).toEqual(
      en.questions.map((x) => [x.id, x.basis.kind, x.basis.id, x.witness]),
    );
    expect(
      es.questions.map((x) => x.cites.map((c) => (c.kind === 'report' ? c.anchor : c))),
    ).toEqual(en.questions.map((x) => x.cites.map((c) => (c.kind === 'report' ? c.anchor : c))));
    expect([es.locale, es.textLang, en.textLang]).toEqual(['es', 'es', 'en']);
  });

  it('asks its questions in Spanish, with Spanish labels', () => {
    expect(q(es, 'use').text).toBe(
      '¿Con qué frecuencia usó el NYPD Thermographic Cameras el último año, cuántos datos recogió y se captaron personas no sospechosas de nada?',
    );
    expect(q(es, 'use').basis.label).toBe('No informado: campo 1');
    expect(q(es, 'section-training').text).toBe(
      'La sección “Training” de la política Thermographic Cameras tiene 30 palabras (la evaluación pide al menos 50). ¿Qué puede añadir el NYPD sobre la capacitación que reciben sus usuarios en el caso de Thermographic Cameras?',
    );
    expect(q(es, 'section-training').basis.label).toBe('Evaluación: <en>Training</en> (no cumple)');
    const row = q(es, 'section-training').cites.find((c) => c.kind === 'report');
    expect(row?.kind === 'report' ? row.label : null).toBe('fila de la evaluación');
  });

  it('quotes the OIG-NYPD finding in English inside the Spanish question, marked', () => {
    const oig = es.questions.find(
      (x) => x.basis.kind === 'oig' && /2022/.test(x.basis.id + x.basis.label),
    )!;
    expect(oig.basis.label).toBe('Informe de la OIG-NYPD del 3 de noviembre de 2022');
    expect(oig.text).toMatch(
      /^El informe de la OIG-NYPD del 3 de noviembre de 2022 \(“<en>An Assessment of NYPD's Response to the Public Oversight of Surveillance Technology \(POST\) Act<\/en>”\) concluyó, según lo resume <en>S\.T\.O\.P\. statement on the report \(2022-11-03\)<\/en>: “<en>The NYPD grouped related technologies/,
    );
    expect(oig.text).toContain(
      'Según las fuentes citadas, formuló <en>15 recommendations</en>, y el NYPD rechazó <en>14 of 15 recommendations</en> (<en>status in the 2023-03-30 annual report</en>). ¿Cuáles de sus recomendaciones afectan a la política Thermographic Cameras, qué respondió el NYPD a cada una y cuál es su estado?',
    );
    expect(plainText(oig.text)).not.toMatch(/<\/?en>/);
  });

  it('keeps the English questions word for word', () => {
    const oig = en.questions.find((x) => x.basis.kind === 'oig' && x.basis.label.includes('2022'))!;
    expect(oig.basis.label).toBe('OIG-NYPD report of November 3, 2022');
    expect(oig.text).toContain(
      'According to the sources cited, it made 15 recommendations, and the NYPD rejected 14 of 15 recommendations (status in the 2023-03-30 annual report). Which of its recommendations bear on the Thermographic Cameras policy, what did the NYPD answer to each, and what is their status?',
    );
    expect(q(en, 'section-training')).toMatchObject({
      text: 'The “Training” section of the Thermographic Cameras policy has 30 words (the scorecard asks for at least 50). What can the NYPD add about the training its users receive for Thermographic Cameras?',
      lang: 'en',
      basis: { label: 'Scorecard: Training (fail)' },
    });
  });

  it('in Korean, labels the questions in Korean and keeps their sentences in English, saying so', () => {
    const ko = buildHearingPacket(input, 'ko');
    expect(ko.textLang).toBe('en');
    expect(ko.questions.map((x) => x.text)).toEqual(en.questions.map((x) => x.text));
    expect(ko.questions.every((x) => x.lang === 'en')).toBe(true);
    expect(q(ko, 'use').basis.label).toBe('보고되지 않음: 항목 1');
    expect(ko.meta.sections[4]?.title).toBe('보고 공백');
  });
});

describe('the annual report in Spanish', () => {
  const byName = new Map(data.stats.map((s) => [s.dataset, s]));
  const counts = byName.get('oig-post-act')!.figures;
  const oig = oigReports(byName.get('oig-post-act-findings')!.figures, counts);
  const build = (locale?: 'es') =>
    buildAnnualReport(
      {
        meta: {
          ...packetInput(data, 'facial-recognition').meta,
          id: 'annual-2024',
          kind: 'annual-report',
          technology: null,
          year: 2024,
        },
        year: 2024,
        years: reportYears(data.oversight.events, oig, []),
        policies: data.oversight.policies.map((p) => ({
          policy: {
            ...p,
            changes: data.entries.find((e) => e.slug === p.slug)!.data.changes,
            addedToPortal: null,
          },
          scorecard: data.oversight.scorecards.get(p.slug)!,
          boilerplate: data.oversight.boilerplate.get(p.slug)!,
        })),
        foilFigures: byName.get('foil-statistics')!.figures,
        figures: data.stats.flatMap((s) => s.figures),
        oig,
        otherOigCounts: otherCounts(oig, counts),
        rows: [],
      },
      locale,
    );

  it('titles its sections and words its gap in Spanish, with the same cells as in English', () => {
    const es = build('es');
    const en = build();
    expect(es.meta.sections.map((s) => s.title)).toEqual([
      'Inventario de tecnologías y políticas',
      'Evaluaciones lado a lado',
      'Texto repetido entre políticas',
      'Adendas y cambios de políticas del año',
      'Informes de la OIG-NYPD y seguimiento de recomendaciones',
      'Cifras de FOIL',
      'La brecha de información en todas las tecnologías',
      'Notas de método',
      'Fuentes',
    ]);
    expect(es.gap.cells.map((r) => r.map((c) => c.status))).toEqual(
      en.gap.cells.map((r) => r.map((c) => c.status)),
    );
    expect(es.gap.cells[15]!.map((c) => c.statusLabel)).toEqual(['no informado', 'no aplicable']);
    expect(es.sources).toEqual(en.sources);
    expect(en.meta.sections.map((s) => s.title)[6]).toBe('The reporting gap across technologies');
  });
});

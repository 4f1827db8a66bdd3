import { describe, expect, it } from 'vitest';
import { buildAnnualReport, reportYears } from './annual.ts';
import { ANNUAL_SECTIONS } from './meta.ts';
import { oigReports, otherCounts } from './oig.ts';
import { packetInput, realData } from './__fixtures__/real-data.ts';

const data = realData();
const byName = new Map(data.stats.map((s) => [s.dataset, s]));
const counts = byName.get('oig-post-act')!.figures;
const oig = oigReports(byName.get('oig-post-act-findings')!.figures, counts);
const years = reportYears(data.oversight.events, oig, []);

function annual(year: number) {
  const meta = packetInput(data, 'facial-recognition').meta;
  return buildAnnualReport({
    meta: { ...meta, id: `annual-${year}`, kind: 'annual-report', technology: null, year },
    year,
    years,
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
  });
}

describe('reportYears', () => {
  it('is every year with a policy event, an OIG-NYPD report or a reporting period', () => {
    expect(years).toEqual([2022, 2023, 2024]);
    expect(
      reportYears(
        [{ date: '2021-04-11' }],
        [{ date: '2021-06-01' }],
        [{ period_end: '2025-06-30' }],
      ),
    ).toEqual([2021, 2025]);
  });
});

describe('the annual report', () => {
  const r2023 = annual(2023);
  const r2024 = annual(2024);

  it('has its sections, the policies side by side and a full gap matrix', () => {
    expect(r2024.meta.sections.map((s) => s.id)).toEqual(ANNUAL_SECTIONS.map((s) => s.id));
    expect(r2024.inventory.map((i) => i.policy.slug)).toEqual([
      'facial-recognition',
      'thermographic-cameras',
    ]);
    expect(r2024.scorecards.every((s) => s.results.length === 2)).toBe(true);
    expect(r2024.gap.cells.every((row) => row.length === 2)).toBe(true);
    expect(r2024.gap.cells.flat().every((c) => c.value === null)).toBe(true);
  });

  it('keeps the events and OIG-NYPD reports of its year, and the whole tracker', () => {
    expect(r2023.events.map((e) => [e.date, e.kind])).toEqual([
      ['2023-04-11', 'updated'],
      ['2023-04-11', 'addendum'],
    ]);
    expect(r2023.changes.map((c) => c.slug)).toEqual(['thermographic-cameras']);
    expect(r2023.oigOfYear).toEqual([]);
    expect(r2024.events).toEqual([]);
    expect(r2024.oigOfYear.map((o) => o.report.date)).toEqual(['2024-05-30', '2024-12-18']);
    expect(r2024.tracker.map((t) => t.concerns.map((c) => `${c.slug}:${c.relation.kind}`))).toEqual(
      [
        ['facial-recognition:all-policies', 'thermographic-cameras:all-policies'],
        ['thermographic-cameras:related'],
        [],
      ],
    );
  });

  it('marks a policy dated after the year, and cites every figure with its source', () => {
    const r2022 = annual(2022);
    expect(r2022.inventory.find((i) => i.policy.slug === 'thermographic-cameras')?.datedAfter).toBe(
      true,
    );
    expect(r2024.foil.length).toBeGreaterThan(5);
    for (const f of [...r2024.foil, ...r2024.otherOigCounts])
      expect(r2024.sources).toContain(f.source);
  });
});

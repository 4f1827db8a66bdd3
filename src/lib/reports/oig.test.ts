import { describe, expect, it } from 'vitest';
import type { Figure } from '../../schemas/stats.ts';
import { countsForReport, oigReports, otherCounts, relationTo, reportScope } from './oig.ts';
import { realData } from './__fixtures__/real-data.ts';

const data = realData();
const byName = new Map(data.stats.map((s) => [s.dataset, s]));
const findings = byName.get('oig-post-act-findings')!.figures;
const counts = byName.get('oig-post-act')!.figures;
const reports = oigReports(findings, counts);
const policy = (slug: string) => {
  const p = data.oversight.policies.find((x) => x.slug === slug)!;
  return { technology: p.technology, sections: p.sections, addenda: p.addenda };
};

describe('OIG-NYPD reports from the data', () => {
  it('lists the three reports, oldest first, with the counts that belong to each', () => {
    expect(reports.map((r) => r.date)).toEqual(['2022-11-03', '2024-05-30', '2024-12-18']);
    const [r2022, r2024, drones] = reports;
    expect([r2022?.made?.value, r2022?.rejected?.value, r2022?.rejected?.qualifier]).toEqual([
      15,
      14,
      'of 15',
    ]);
    expect([r2024?.made, r2024?.rejected]).toEqual([null, null]);
    expect([drones?.made?.value, drones?.rejected]).toEqual([10, null]);
  });

  it('keeps counts of no single report apart (reports issued per year)', () => {
    expect(otherCounts(reports, counts).map((f) => f.metric)).toEqual([
      'OIG-NYPD reports issued in 2023',
      'OIG-NYPD reports issued in 2024',
    ]);
  });

  it('matches a count to a report by its date, or by the source of a count that matches', () => {
    const fig = (period: string, url: string, metric = 'recommendations'): Figure => ({
      ...counts[0]!,
      period,
      metric,
      source: { ...counts[0]!.source, url },
    });
    const a = fig('2030-02 report', 'u1');
    const b = fig('status in a later annual report', 'u1', 'recommendations rejected');
    const c = fig('status elsewhere', 'u2');
    expect(countsForReport('2030-02-14', [a, b, c])).toEqual([a, b]);
    expect(countsForReport('2030-03-01', [a, b, c])).toEqual([]);
  });
});

describe('which reports concern which technology (the rule)', () => {
  it('reads the scope from the title and the finding', () => {
    expect(reports.map((r) => reportScope(r))).toEqual([
      { kind: 'all-policies' },
      {
        kind: 'tools',
        tools: ['Digidog', 'Knightscope K5 autonomous security robot', 'StarChase GPS projectiles'],
      },
      { kind: 'subject', subject: 'unmanned aircraft systems' },
    ]);
  });

  it('lists the 2022 report for every policy, the drone report for none of these two', () => {
    for (const slug of ['facial-recognition', 'thermographic-cameras']) {
      expect(relationTo(reports[0]!, policy(slug)).kind).toBe('all-policies');
      expect(relationTo(reports[2]!, policy(slug)).kind).toBe('none');
    }
  });

  it('relates the 2024-05-30 report to the thermographic cameras policy only through the robot it describes, with the paragraphs', () => {
    expect(relationTo(reports[1]!, policy('facial-recognition')).kind).toBe('none');
    const r = relationTo(reports[1]!, policy('thermographic-cameras'));
    expect(r.kind).toBe('related');
    if (r.kind !== 'related') return;
    expect(r.phrase).toBe('autonomous security robot');
    expect(r.citations).toEqual(expect.arrayContaining(['capabilities-p5', 'addendum-1']));
    expect(r.basis).toMatch(/do not say which policy the OIG-NYPD reviewed/);
  });

  it('names a technology by its subject or its full name, not by a shared word', () => {
    const drones = {
      technology: 'Unmanned Aircraft Systems',
      sections: [],
      addenda: [],
    };
    expect(relationTo(reports[2]!, drones).kind).toBe('named');
    const fr = policy('facial-recognition');
    expect(
      relationTo({ title: 'A report', finding: 'The facial recognition policy lacks detail.' }, fr)
        .kind,
    ).toBe('named');
    expect(
      relationTo(
        { title: 'A report (license plate readers)', finding: 'Recognition was poor.' },
        fr,
      ).kind,
    ).toBe('none');
  });
});

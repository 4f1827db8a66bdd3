/**
 * The real portal data for the reports' tests, read from the repository the
 * way src/data/reports.ts reads it through the content collections: imported
 * policies, curated key facts, FOIL record maps, legal facts and the
 * generated statistics. Test helper only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { PolicySchema, type Policy } from '../../../schemas/policy.ts';
import { KeyFactsFileSchema } from '../../../schemas/oversight.ts';
import { LegalFactSchema, RecordMapSchema, type LegalFact } from '../../../schemas/foil.ts';
import { StatsFileSchema, type StatsFile } from '../../../schemas/stats.ts';
import { type Oversight, buildOversight } from '../../oversight/oversight.ts';
import { resolveCitations } from '../../foil/record-map.ts';
import type { InputFile } from '../fingerprint.ts';
import type { ReportMeta } from '../meta.ts';
import type { PacketInput } from '../packet.ts';
import { oigReports } from '../oig.ts';

const ROOT = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, ROOT), 'utf8');

export interface RealData {
  entries: { slug: string; data: Policy; body: string }[];
  oversight: Oversight;
  stats: StatsFile[];
  responseFact: LegalFact;
  foilMaps: Map<string, PacketInput['foil']>;
}

/** Loads the real data once. */
export function realData(): RealData {
  const entries = readdirSync(new URL('content/policies/', ROOT))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = read(`content/policies/${f}`);
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      return {
        slug: f.slice(0, -3),
        data: PolicySchema.parse(parseYaml(m[1]!)),
        body: text.slice(m[0].length),
      };
    });
  const oversight = buildOversight(
    entries.map((e) => ({
      slug: e.slug,
      technology: e.data.technology,
      title: e.data.title,
      status: e.data.status,
      posted: e.data.posted,
      updated: e.data.updated,
      addenda: e.data.addenda,
      changes: e.data.changes.length,
      body: e.body,
    })),
    entries
      .filter((e) => existsSync(new URL(`data/policies/${e.slug}/key-facts.json`, ROOT)))
      .map((e) => ({
        file: `data/policies/${e.slug}/key-facts.json`,
        data: KeyFactsFileSchema.parse(JSON.parse(read(`data/policies/${e.slug}/key-facts.json`))),
      })),
  );
  const stats = readdirSync(new URL('content/stats/', ROOT))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => StatsFileSchema.parse(JSON.parse(read(`content/stats/${f}`))));
  const facts = (JSON.parse(read('data/foil/legal-facts.json')) as unknown[]).map((f) =>
    LegalFactSchema.parse(f),
  );
  const foilMaps = new Map<string, PacketInput['foil']>();
  for (const p of oversight.policies) {
    const file = `data/policies/${p.slug}/foil-records.json`;
    if (!existsSync(new URL(file, ROOT))) continue;
    const map = RecordMapSchema.parse(JSON.parse(read(file)));
    const r = resolveCitations(map, {
      file,
      slug: p.slug,
      technology: p.technology,
      sections: p.sections,
    });
    foilMaps.set(p.slug, {
      summary: map.summary,
      records: r.records,
      notKept: r.notKept,
      retention: r.retention,
    });
  }
  return {
    entries,
    oversight,
    stats,
    responseFact: facts.find((f) => f.id === 'foil-response-5-days')!,
    foilMaps,
  };
}

const INPUT: InputFile = { path: 'x', sha256: '0'.repeat(64), bytes: 1, role: 'code' };

/** The packet input of one real policy (meta values are placeholders). */
export function packetInput(data: RealData, slug: string): PacketInput {
  const p = data.oversight.policies.find((x) => x.slug === slug)!;
  const entry = data.entries.find((e) => e.slug === slug)!;
  const figures = data.stats.flatMap((s) => s.figures);
  const byName = new Map(data.stats.map((s) => [s.dataset, s]));
  const meta: Omit<ReportMeta, 'sections'> = {
    id: slug,
    kind: 'hearing-packet',
    title: `Hearing packet: ${p.technology}`,
    subject: 's',
    keywords: ['k'],
    lang: 'en-US',
    html: `/reports/${slug}/`,
    pdf: `/reports/${slug}.pdf`,
    sidecar: `/reports/${slug}.json`,
    technology: slug,
    year: null,
    dataAsOf: { date: '2026-12-02', basis: ['test'] },
    fingerprint: 'f'.repeat(64),
    codeVersion: '0.0.0+test',
    inputs: [INPUT],
  };
  return {
    meta,
    policy: {
      slug,
      technology: p.technology,
      title: p.title,
      status: p.status,
      posted: p.posted,
      updated: p.updated,
      addenda: p.addenda,
      changes: entry.data.changes,
      source: entry.data.source,
      addedToPortal: null,
      reviewed: data.oversight.reviewed.get(slug) ?? null,
      sections: p.sections,
    },
    versions: [],
    facts: data.oversight.facts.get(slug)!,
    scorecard: data.oversight.scorecards.get(slug)!,
    boilerplate: data.oversight.boilerplate.get(slug)!,
    figures,
    oig: oigReports(
      byName.get('oig-post-act-findings')?.figures ?? [],
      byName.get('oig-post-act')?.figures ?? [],
    ),
    rows: [],
    foil: data.foilMaps.get(slug) ?? null,
    responseFact: data.responseFact,
  };
}

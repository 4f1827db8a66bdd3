/**
 * Build-time loading for the reports (/reports/): every hearing packet and
 * annual report, computed once per build from the same data access as the
 * other pages (oversight, FOIL, statistics) and the annual-report dataset,
 * with each report's input files, data fingerprint, code version and
 * "data as of" date. The logic lives in src/lib/reports/.
 *
 * Input files are read from the working directory (the repository root
 * during `astro build`), with the same folder overrides as the content
 * collections (PP_POLICIES_DIR, PP_POLICY_DATA_DIR, PP_STATS_DIR).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { loadOversight } from './oversight.ts';
import { loadFacts, loadFoilPolicies, type FoilPolicy } from './foil.ts';
import { loadDataPackage } from './stats.ts';
import { type AnnualReport, buildAnnualReport, reportYears } from '../lib/reports/annual.ts';
import {
  type DatedInput,
  type InputFile,
  type InputRole,
  codeVersion,
  dataAsOf,
  fingerprint,
  revisionDates,
  sortInputs,
} from '../lib/reports/fingerprint.ts';
import { rowsFor, latestPeriodEnd } from '../lib/reports/gap.ts';
import { type ReportMeta, annualPaths, packetPaths } from '../lib/reports/meta.ts';
import { oigReports, otherCounts } from '../lib/reports/oig.ts';
import { type HearingPacket, type PacketInput, buildHearingPacket } from '../lib/reports/packet.ts';
import { parseAnnualReportCsv } from '../lib/reports/rows.ts';
import { policyEvents } from '../lib/oversight/timeline.ts';
import type { AnnualReportRow } from '../schemas/annual-report.ts';
import type { Figure, StatsFile } from '../schemas/stats.ts';

/** Every report of the build. */
export interface Reports {
  packets: HearingPacket[];
  /** Annual reports, latest year first. */
  annuals: AnnualReport[];
  /** Every report's meta, in the order /reports/ lists them (annual reports, then packets). */
  all: ReportMeta[];
  /** The package version the code version starts with. */
  version: string;
}

const POLICIES_DIR = process.env.PP_POLICIES_DIR ?? 'content/policies';
const POLICY_DATA_DIR = process.env.PP_POLICY_DATA_DIR ?? 'data/policies';
const STATS_DIR = process.env.PP_STATS_DIR ?? 'content/stats';
const DESCRIPTOR = 'data/stats/datapackage.json';
const LEGAL_FACTS = 'data/foil/legal-facts.json';

/**
 * The code that shapes a report's content: its files are inputs of every
 * report (tests and fixtures excluded), so the fingerprint changes with them.
 */
export const CODE_INPUTS = {
  dirs: [
    'src/lib/reports',
    'src/lib/oversight',
    'src/lib/stats',
    'src/lib/foil',
    'src/lib/policy',
    'src/schemas',
    'src/data',
    'src/components',
    'src/layouts',
    'src/pages/reports',
    'src/styles',
  ],
  /** The printer: what turns a report page into its PDF (the benchmark is not an input). */
  files: [
    'scripts/reports.ts',
    'scripts/reports/stage.ts',
    'scripts/reports/print.ts',
    'scripts/reports/pdf.ts',
    'scripts/lib/browser.ts',
    'scripts/lib/static-server.ts',
  ],
} as const;

const norm = (p: string) => p.split(path.sep).join('/').replace(/^\.\//, '');

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const cache = new Map<string, InputFile>();
/** One input file, read and hashed once per build. */
function input(file: string, role: InputRole): InputFile {
  const p = norm(file);
  const hit = cache.get(p);
  if (hit) return { ...hit, role };
  if (!existsSync(p))
    throw new Error(`reports: input ${p} is missing. Fix: restore it, or run npm run aggregate`);
  const bytes = readFileSync(p);
  const f: InputFile = { path: p, sha256: sha256(bytes), bytes: bytes.length, role };
  cache.set(p, f);
  return f;
}

/** Files under a folder (recursive), sorted, optionally filtered by name. */
function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === '__fixtures__' || name === '__golden__') continue;
      out.push(...filesUnder(p, keep));
    } else if (keep(name)) out.push(norm(p));
  }
  return out;
}

function codeFiles(): InputFile[] {
  const code = (n: string) => /\.(ts|astro|css|mjs)$/.test(n) && !/\.test\.ts$/.test(n);
  return [
    ...CODE_INPUTS.dirs.flatMap((d) => filesUnder(d, code)),
    ...CODE_INPUTS.files.filter((f) => existsSync(f)),
  ].map((f) => input(f, 'code'));
}

/** The annual-report dataset's rows (none when its file has not been received). */
function annualRows(descriptorPath: string, resourcePath: string, slugs: Set<string>) {
  const file = norm(path.join(path.dirname(descriptorPath), resourcePath));
  if (!existsSync(file)) return { file, rows: [] as AnnualReportRow[] };
  return { file, rows: parseAnnualReportCsv(readFileSync(file, 'utf8'), file, slugs) };
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version?: string };
  if (!pkg.version)
    throw new Error('package.json: no "version"; the reports print it as the code version');
  return pkg.version;
}

let cached: Promise<Reports> | null = null;

/** Every report of this build (computed once, shared by every report page and endpoint). */
export function loadReports(): Promise<Reports> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Reports> {
  const [data, entries, publications, foilPolicies, facts, statsEntries, pkg] = await Promise.all([
    loadOversight(),
    getCollection('policies'),
    getCollection('publications'),
    loadFoilPolicies(),
    loadFacts(),
    getCollection('stats'),
    loadDataPackage(),
  ]);
  const version = packageVersion();
  const files: StatsFile[] = statsEntries.map((e) => e.data);
  const byName = new Map(files.map((f) => [f.dataset, f]));
  const figures: Figure[] = files.flatMap((f) => f.figures);
  const findings = byName.get('oig-post-act-findings')?.figures ?? [];
  const counts = byName.get('oig-post-act')?.figures ?? [];
  const oig = oigReports(findings, counts);
  const slugs = new Set(data.policies.map((p) => p.slug));

  const fieldsResource = pkg.resources.find((r) => r.name === 'annual-report-fields');
  if (!fieldsResource)
    throw new Error(
      `${DESCRIPTOR}: no resource "annual-report-fields"; the reports read the annual report fields from it. Fix: restore the resource`,
    );
  const fields = annualRows(DESCRIPTOR, fieldsResource.path, slugs);
  const responseFact = facts.fact('foil-response-5-days');

  // Inputs every report reads
  const published = pkg.resources
    .filter((r) => r['x-pp'].kind === 'published')
    .map((r) => input(path.join(path.dirname(DESCRIPTOR), r.path), 'published-data'));
  const common: InputFile[] = [
    input(DESCRIPTOR, 'descriptor'),
    ...published,
    ...filesUnder(STATS_DIR, (n) => n.endsWith('.json')).map((f) => input(f, 'statistics')),
    ...(existsSync(fields.file) ? [input(fields.file, 'report-fields')] : []),
    input(LEGAL_FACTS, 'legal-facts'),
    ...filesUnder(POLICIES_DIR, (n) => n.endsWith('.md')).map((f) => input(f, 'policy')),
    ...codeFiles(),
  ];
  const policyData = (slug: string) =>
    filesUnder(path.join(POLICY_DATA_DIR, slug)).map((f) => input(f, 'policy-data'));

  // Dated inputs for "data as of"
  const added = new Map(publications.map((p) => [p.id, p.data]));
  const revisions = revisionDates(pkg.resources.flatMap((r) => r.sources.map((s) => s.title)));
  const commonDates: DatedInput[] = [
    ...revisions.map((date) => ({ date, what: 'revision of the published figures' })),
    ...oig.map((r) => ({ date: r.date, what: 'OIG-NYPD report' })),
    { date: responseFact.checked.on, what: 'legal facts last checked' },
    ...fields.rows.flatMap((r) =>
      r.published ? [{ date: r.published, what: 'annual report fields published' }] : [],
    ),
  ];
  const policyDates = (slug: string): DatedInput[] => {
    const p = data.policies.find((x) => x.slug === slug)!;
    const out: DatedInput[] = policyEvents(p).map((e) => ({
      date: e.date,
      what: `${p.technology} policy: ${e.label.toLowerCase()}`,
    }));
    const a = added.get(slug);
    if (a) out.push({ date: a.addedToPortal, what: `${p.technology} policy entered the portal` });
    const r = data.reviewed.get(slug);
    if (r) out.push({ date: r, what: `${p.technology} key facts reviewed` });
    return out;
  };

  const meta = (
    m: Pick<ReportMeta, 'id' | 'kind' | 'title' | 'subject' | 'keywords' | 'technology' | 'year'> &
      Pick<ReportMeta, 'html' | 'pdf' | 'sidecar'>,
    inputs: InputFile[],
    dated: DatedInput[],
  ): Omit<ReportMeta, 'sections'> => {
    const sorted = sortInputs(inputs);
    return {
      ...m,
      lang: 'en-US',
      dataAsOf: dataAsOf(dated),
      fingerprint: fingerprint(sorted, sha256),
      codeVersion: codeVersion(version, sorted, sha256),
      inputs: sorted,
    };
  };

  // Hearing packets
  const foilBySlug = new Map(foilPolicies.map((p) => [p.slug, p]));
  const packets = data.policies.map((p) => {
    const entry = entries.find((e) => e.id === p.slug)!;
    const pub = added.get(p.slug);
    const group = data.versions.find((g) => g.some((v) => v.slug === p.slug)) ?? [];
    const end = latestPeriodEnd(fields.rows, p.slug);
    const input: PacketInput = {
      meta: meta(
        {
          id: p.slug,
          kind: 'hearing-packet',
          title: `Hearing packet: ${p.technology}`,
          subject: `Hearing packet on the NYPD’s ${p.technology} Impact and Use Policy under the POST Act (NYC Admin. Code § 14-188): what changed, key facts, completeness, boilerplate, the reporting gap, published figures, OIG-NYPD findings, FOIL records and suggested questions for witnesses, each with its source.`,
          keywords: [
            p.technology,
            'NYPD',
            'POST Act',
            'NYC Admin. Code § 14-188',
            'Impact and Use Policy',
            'surveillance technology',
            'hearing packet',
          ],
          technology: p.slug,
          year: null,
          ...packetPaths(p.slug),
        },
        [...common, ...policyData(p.slug)],
        [...commonDates, ...policyDates(p.slug)],
      ),
      policy: {
        slug: p.slug,
        technology: p.technology,
        title: p.title,
        status: p.status,
        posted: p.posted,
        updated: p.updated,
        addenda: p.addenda,
        changes: entry.data.changes,
        source: entry.data.source,
        addedToPortal: pub?.addedToPortal ?? null,
        reviewed: data.reviewed.get(p.slug) ?? null,
        sections: p.sections,
      },
      versions: group.map((v) => ({
        slug: v.slug,
        status: v.status,
        date: v.updated ?? v.posted ?? null,
        sections: v.sections,
      })),
      facts: data.facts.get(p.slug) ?? [],
      scorecard: data.scorecards.get(p.slug)!,
      boilerplate: data.boilerplate.get(p.slug)!,
      figures,
      oig,
      rows: end ? rowsFor(fields.rows, p.slug).filter((r) => r.period_end === end) : [],
      foil: foilSummary(foilBySlug.get(p.slug)),
      responseFact,
    };
    return buildHearingPacket(input);
  });

  // Annual reports, one per year with data
  const years = reportYears(data.events, oig, fields.rows);
  const annualInputs = [...common, ...data.policies.flatMap((p) => policyData(p.slug))];
  const annualDates = [...commonDates, ...data.policies.flatMap((p) => policyDates(p.slug))];
  const foilFigures = byName.get('foil-statistics')?.figures ?? [];
  const annuals = [...years].reverse().map((year) =>
    buildAnnualReport({
      meta: meta(
        {
          id: `annual-${year}`,
          kind: 'annual-report',
          title: `Citywide annual report ${year}`,
          subject: `Citywide annual report ${year} on NYPD surveillance technology under the POST Act (NYC Admin. Code § 14-188): inventory of policies, scorecards, boilerplate, the year’s addenda and changes, OIG-NYPD reports and recommendations, FOIL figures and the reporting gap, each with its source.`,
          keywords: [
            'NYPD',
            'POST Act',
            'NYC Admin. Code § 14-188',
            'annual report',
            String(year),
            'surveillance technology',
            ...data.policies.map((p) => p.technology),
          ],
          technology: null,
          year,
          ...annualPaths(year),
        },
        annualInputs,
        annualDates,
      ),
      year,
      years,
      policies: data.policies.map((p) => {
        const entry = entries.find((e) => e.id === p.slug)!;
        const pub = added.get(p.slug);
        return {
          policy: {
            slug: p.slug,
            technology: p.technology,
            title: p.title,
            status: p.status,
            posted: p.posted,
            updated: p.updated,
            addenda: p.addenda,
            changes: entry.data.changes,
            addedToPortal: pub?.addedToPortal ?? null,
            sections: p.sections,
          },
          scorecard: data.scorecards.get(p.slug)!,
          boilerplate: data.boilerplate.get(p.slug)!,
        };
      }),
      foilFigures,
      figures,
      oig,
      otherOigCounts: otherCounts(oig, counts),
      rows: fields.rows.filter((r) => r.period_end.startsWith(`${year}-`)),
    }),
  );

  return {
    packets,
    annuals,
    all: [...annuals.map((a) => a.meta), ...packets.map((p) => p.meta)],
    version,
  };
}

/** The FOIL record map of a policy, as far as a packet prints it. */
function foilSummary(p: FoilPolicy | undefined): PacketInput['foil'] {
  if (!p?.map) return null;
  return {
    summary: p.map.summary,
    records: p.map.records.map((r) => ({ id: r.id, title: r.title, citations: r.citations })),
    notKept: p.map.notKept.map((r) => ({ id: r.id, title: r.title, citations: r.citations })),
    retention: p.map.retention.map((r) => ({
      id: r.id,
      title: r.title,
      period: r.period,
      urgent: r.urgent,
      citations: r.citations,
    })),
  };
}

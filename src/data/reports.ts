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
import {
  type AnnualInput,
  type AnnualReport,
  buildAnnualReport,
  reportYears,
} from '../lib/reports/annual.ts';
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
import { eventLabelIn } from '../lib/reports/l10n.ts';
import type { Locale } from '../i18n/locales.ts';
import { intlTag } from '../i18n/format.ts';
import { prose, t } from '../i18n/messages.ts';
import reportsMessages from '../i18n/messages/reports.ts';
import reportsProse from '../i18n/messages/reports-prose.ts';

/** Every report of the build, in one language (English by default). */
export interface Reports {
  packets: HearingPacket[];
  /** Annual reports, latest year first. */
  annuals: AnnualReport[];
  /**
   * Every report's meta, in the order /reports/ lists them (annual reports,
   * then packets). In another language than English, the title, subject,
   * section titles and what dates the data are in that language; the
   * addresses, inputs and fingerprint are the same (one PDF per report,
   * printed from the English page).
   */
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
    'src/pages/[...lang]/reports',
    'src/i18n',
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

/** What the reports of every language are built from (computed once per build). */
interface Built {
  packets: { input: PacketInput; technology: string; dated: (locale: Locale) => DatedInput[] }[];
  annuals: { input: AnnualInput; dated: (locale: Locale) => DatedInput[] }[];
  version: string;
}

let built: Promise<Built> | null = null;
const cached = new Map<Locale, Promise<Reports>>();

/**
 * Every report of this build in a language (computed once per language,
 * shared by every report page and endpoint of that language). The manifest,
 * the sidecars and the PDFs use the English ones.
 */
export function loadReports(locale: Locale = 'en'): Promise<Reports> {
  let r = cached.get(locale);
  if (!r) {
    built ??= build();
    r = built.then((b) => inLanguage(b, locale));
    cached.set(locale, r);
  }
  return r;
}

/** The reports in one language. */
function inLanguage(b: Built, locale: Locale): Reports {
  const m = t(reportsMessages, locale);
  const p = prose(reportsProse, locale).m;
  const english = locale === 'en';
  const packets = b.packets.map(({ input, technology, dated }) =>
    buildHearingPacket(
      english
        ? input
        : {
            ...input,
            meta: {
              ...input.meta,
              title: m.packetTitle(technology),
              subject: p.packetSubject(technology),
              dataAsOf: dataAsOf(dated(locale)),
            },
          },
      locale,
    ),
  );
  const annuals = b.annuals.map(({ input, dated }) =>
    buildAnnualReport(
      english
        ? input
        : {
            ...input,
            meta: {
              ...input.meta,
              title: m.annualTitle(input.year),
              subject: p.annualSubject(input.year),
              dataAsOf: dataAsOf(dated(locale)),
            },
          },
      locale,
    ),
  );
  return {
    packets,
    annuals,
    all: [...annuals.map((a) => a.meta), ...packets.map((x) => x.meta)],
    version: b.version,
  };
}

async function build(): Promise<Built> {
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
  /** What dates the inputs, in a language. */
  const commonDates = (locale: Locale): DatedInput[] => {
    const m = t(reportsMessages, locale);
    return [
      ...revisions.map((date) => ({ date, what: m.basisRevision })),
      ...oig.map((r) => ({ date: r.date, what: m.basisOig })),
      { date: responseFact.checked.on, what: m.basisLegalFacts },
      ...fields.rows.flatMap((r) =>
        r.published ? [{ date: r.published, what: m.basisFields }] : [],
      ),
    ];
  };
  const policyDates = (slug: string, locale: Locale): DatedInput[] => {
    const m = t(reportsMessages, locale);
    const p = data.policies.find((x) => x.slug === slug)!;
    const out: DatedInput[] = policyEvents(p).map((e) => ({
      date: e.date,
      what: m.basisPolicyEvent(
        p.technology,
        eventLabelIn(locale, e.kind, p.status === 'final').toLocaleLowerCase(intlTag(locale)),
      ),
    }));
    const a = added.get(slug);
    if (a) out.push({ date: a.addedToPortal, what: m.basisEntered(p.technology) });
    const r = data.reviewed.get(slug);
    if (r) out.push({ date: r, what: m.basisReviewed(p.technology) });
    return out;
  };
  const en = t(reportsMessages, 'en');
  const enProse = prose(reportsProse, 'en').m;

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
          title: en.packetTitle(p.technology),
          subject: enProse.packetSubject(p.technology),
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
        [...commonDates('en'), ...policyDates(p.slug, 'en')],
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
    return {
      input,
      technology: p.technology,
      dated: (locale: Locale) => [...commonDates(locale), ...policyDates(p.slug, locale)],
    };
  });

  // Annual reports, one per year with data
  const years = reportYears(data.events, oig, fields.rows);
  const annualInputs = [...common, ...data.policies.flatMap((p) => policyData(p.slug))];
  const annualDates = (locale: Locale) => [
    ...commonDates(locale),
    ...data.policies.flatMap((p) => policyDates(p.slug, locale)),
  ];
  const foilFigures = byName.get('foil-statistics')?.figures ?? [];
  const annuals = [...years].reverse().map((year) => ({
    dated: annualDates,
    input: {
      meta: meta(
        {
          id: `annual-${year}`,
          kind: 'annual-report',
          title: en.annualTitle(year),
          subject: enProse.annualSubject(year),
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
        annualDates('en'),
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
    } satisfies AnnualInput,
  }));

  return { packets, annuals, version };
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

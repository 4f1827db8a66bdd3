/**
 * What a report is made from, and how a printed copy is checked against the
 * data: the list of input files with their SHA-256, the data fingerprint
 * over them, the code version, and the "data as of" date.
 *
 * Fingerprint. The inputs are listed one per line in the format of
 * `sha256sum` ("<sha256>  <path>\n"), sorted by path (byte order, as
 * `LC_ALL=C sort`), and the fingerprint is the SHA-256 of that text. So from
 * a clone of the repository, with the report's JSON sidecar at hand:
 *
 *     jq -r '.inputs[].path' x.json | xargs sha256sum | sha256sum
 *
 * prints the fingerprint on the report's cover when the inputs are the same.
 * The code is among the inputs (the files that shape a report's content), so
 * the fingerprint changes when the code that computes a figure changes.
 *
 * Code version: package.json's version plus the first 12 hex digits of the
 * SHA-256 over the code inputs' lines (the same format): deterministic in a
 * fresh or shallow clone, no git needed.
 *
 * Data as of: the latest date among the inputs' own dates (policy dates as
 * printed, addenda, the day a policy entered the portal, the day its key
 * facts were reviewed, legal facts' last check, OIG-NYPD report dates, the
 * revision of the published figures, report fields' publication dates);
 * never the clock.
 */

/** Roles of an input file, for the sidecar and the cover. */
export const INPUT_ROLES = {
  policy: 'imported policy entry',
  'policy-data': 'policy source document and curated inputs',
  descriptor: 'data package descriptor',
  'published-data': 'published figures as received',
  statistics: 'aggregated statistics',
  'report-fields': 'annual report fields (record level)',
  'legal-facts': 'FOIL legal facts',
  code: 'code',
} as const;

/** A role of an input file. */
export type InputRole = keyof typeof INPUT_ROLES;

/** One input file of a report. */
export interface InputFile {
  /** Repository-relative path, forward slashes. */
  path: string;
  sha256: string;
  bytes: number;
  role: InputRole;
}

/** A SHA-256 function over UTF-8 text, lower-case hex (injected: this module stays pure). */
export type Sha256 = (text: string) => string;

/** Byte-order comparison of two paths (as `LC_ALL=C sort` for ASCII paths). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The inputs sorted by path; throws when one path is listed twice. */
export function sortInputs(inputs: readonly InputFile[]): InputFile[] {
  const sorted = [...inputs].sort((a, b) => comparePaths(a.path, b.path));
  sorted.forEach((f, i) => {
    if (i > 0 && sorted[i - 1]?.path === f.path)
      throw new Error(`report inputs: ${f.path} is listed twice`);
  });
  return sorted;
}

/** The `sha256sum` listing of the inputs, sorted by path. */
export function checksumText(inputs: readonly InputFile[]): string {
  return sortInputs(inputs)
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** The data fingerprint: SHA-256 of the inputs' `sha256sum` listing. */
export function fingerprint(inputs: readonly InputFile[], sha256: Sha256): string {
  if (inputs.length === 0) throw new Error('report inputs: a report has at least one input');
  return sha256(checksumText(inputs));
}

/** The code version: `<package version>+<12 hex digits over the code inputs>`. */
export function codeVersion(version: string, inputs: readonly InputFile[], sha256: Sha256): string {
  const code = inputs.filter((f) => f.role === 'code');
  if (code.length === 0) throw new Error('report inputs: no code file among the inputs');
  return `${version}+${sha256(checksumText(code)).slice(0, 12)}`;
}

/** A dated fact among the inputs, for the "data as of" date. */
export interface DatedInput {
  /** YYYY-MM-DD. */
  date: string;
  /** What is dated, e.g. "revision of the published figures". */
  what: string;
}

/** The latest date among the inputs, with what carries it (every input of that day). */
export function dataAsOf(dated: readonly DatedInput[]): { date: string; basis: string[] } {
  if (dated.length === 0) throw new Error('report inputs: no dated input, so no "data as of" date');
  const date = dated.reduce((max, d) => (d.date > max ? d.date : max), '');
  const basis = [...new Set(dated.filter((d) => d.date === date).map((d) => d.what))].sort();
  return { date, basis };
}

/**
 * Revision dates written in a data package's source titles ("Reference
 * compilation of published claims (revised 2026-12-02)"): how the descriptor
 * records when the published figures were last revised.
 */
export function revisionDates(titles: readonly string[]): string[] {
  return [
    ...new Set(
      titles.flatMap((t) => [...t.matchAll(/\brevised (\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]!)),
    ),
  ].sort();
}

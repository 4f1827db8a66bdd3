/**
 * Writes a synthetic policy (scripts/bench/synthetic-corpus.ts) in the layout
 * the NYPD publishes its Impact and Use Policies in, as the policy texts in
 * data/policies/<slug>/<slug>.txt read: the cover line
 * "<TECHNOLOGY>: IMPACT AND USE POLICY", the cover's status and date, the
 * draft-to-final "summary of changes" table of a final policy (tab between
 * its two columns), the addenda table when there are addenda, then the
 * abstract and each statutory section under its printed heading, paragraphs
 * and numbered list items one per line, blank lines between blocks.
 *
 * For the build benchmark (`npm run bench:build`), which imports these texts
 * with the real importer; never written into the repository or the site.
 */
import { mulberry32 } from './random.ts';
import type { SyntheticPolicy } from './synthetic-corpus.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-04-11" -> "April 11, 2023", as the covers print dates. */
export function printedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`printedDate: not a YYYY-MM-DD date: ${iso}`);
  return `${MONTHS[Number(m[2]) - 1] ?? '?'} ${Number(m[3])}, ${m[1]}`;
}

const CHANGES: readonly [string, string][] = [
  [
    'Expanded upon capabilities section.',
    'Added language clarifying the capabilities of the technology.',
  ],
  ['Expanded upon rules of use.', 'Added language clarifying the rules of use.'],
  [
    'Expanded upon safeguards and security measures.',
    'Added language regarding information security.',
  ],
  [
    'Expanded upon data retention.',
    'Added language to reflect NYPD obligations under federal, state, and local record retention laws.',
  ],
  ['Minor grammar changes.', 'Minor syntax edits were made.'],
];

/**
 * The published text of a synthetic policy. The changes and addenda tables
 * are drawn from a generator seeded by `seed`, so the same inputs give the
 * same text.
 */
export function publishedText(p: SyntheticPolicy, seed: number): string {
  const rand = mulberry32(seed);
  const lines: string[] = [`${p.technology.toUpperCase()}: IMPACT AND USE POLICY`, ''];
  if (p.status === 'draft') {
    lines.push('DRAFT FOR PUBLIC COMMENT', '', `Posted ${printedDate(p.updated)}`, '');
  } else {
    lines.push(`Updated ${printedDate(p.updated)}`, '');
    lines.push('SUMMARY OF CHANGES BETWEEN DRAFT & FINAL POLICY', '');
    lines.push('Update\tDescription of Update');
    const rows = 2 + Math.floor(rand() * (CHANGES.length - 1));
    for (const [update, description] of CHANGES.slice(0, rows))
      lines.push(`${update}\t${description}`);
    lines.push('');
    if (rand() < 0.3) {
      lines.push(`${p.technology.toUpperCase()} ADDENDUM`, '');
      lines.push('Date of Addendum\tDescription of Addendum');
      lines.push(
        `${printedDate(p.updated)}\tNYPD is piloting a new ${p.technology.toLowerCase()} model for six months; its data is kept as this policy describes.`,
      );
      lines.push('');
    }
  }
  for (const block of p.body.trim().split(/\n{2,}/)) {
    const heading = /^## (.+?) \{#[a-z-]+\}$/.exec(block);
    lines.push(heading ? (heading[1] as string) : block, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The publication facts of a synthetic policy (data/policies/<slug>/publication.json). */
export function publicationJson(addedToPortal: string): string {
  return `${JSON.stringify(
    {
      addedToPortal,
      addedToPortalSource: 'synthetic policy written by npm run bench:build',
      nypdPage: {
        url: 'https://www.nyc.gov/site/nypd/about/about-nypd/policy/post-act.page',
        title: 'NYPD, POST Act: Impact and Use Policies',
        source: 'synthetic benchmark data',
        checked: addedToPortal,
        opened: false,
      },
      pdf: null,
    },
    null,
    2,
  )}\n`;
}

/**
 * `npm run aggregate`: validates every dataset declared in
 * data/stats/datapackage.json and writes content/stats/<dataset>.json (counts
 * after disclosure control, published figures, provenance). On bad input it
 * prints file, line, column and the fix, exits 1 and leaves content/stats/
 * untouched.
 *
 * Options: --descriptor FILE (default data/stats/datapackage.json),
 * --policies DIR (default $PP_POLICIES_DIR or content/policies),
 * --out DIR (default content/stats), --threads N.
 * Environment: PP_BUILD_DATE=YYYY-MM-DD, the build date (record dates after it
 * are refused; default today in UTC).
 */
import { parseArgs } from 'node:util';
import { StatsInputError } from './stats/errors.ts';
import { aggregate } from './stats/engine.ts';
import { replaceFolder } from './stats/write.ts';

const { values } = parseArgs({
  options: {
    descriptor: { type: 'string', default: 'data/stats/datapackage.json' },
    policies: { type: 'string', default: process.env.PP_POLICIES_DIR ?? 'content/policies' },
    out: { type: 'string', default: 'content/stats' },
    threads: { type: 'string' },
  },
});

try {
  const docs = await aggregate({
    root: process.cwd(),
    descriptor: values.descriptor,
    policiesDir: values.policies,
    sqlDir: 'scripts/stats/sql',
    ...(values.threads ? { threads: Number(values.threads) } : {}),
  });
  const files = new Map(
    [...docs].map(([name, doc]) => [name, `${JSON.stringify(doc, null, 2)}\n`]),
  );
  replaceFolder(values.out, files);
  for (const [name, doc] of docs) {
    const p = doc.provenance;
    const read =
      p.rowCounts === undefined || p.rowCounts.status === 'exact'
        ? `${p.rowsRead} rows read`
        : p.rowCounts.status === 'rounded'
          ? `about ${p.rowsRead} rows read (rounded to ${p.rowCounts.roundedTo})`
          : p.rowCounts.status === 'no-rows'
            ? 'received, no rows'
            : 'rows read withheld by the audit';
    console.log(
      `${values.out}/${name}: ${doc.status}, ${read}, ${p.cellsSuppressed} cells suppressed`,
    );
  }
} catch (e) {
  if (e instanceof StatsInputError) {
    console.error(`aggregate: ${e.message}`);
    process.exit(1);
  }
  console.error(`aggregate: ${(e as Error).message}`);
  process.exit(1);
}

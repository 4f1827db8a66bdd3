/**
 * `npm run i18n:check [-- --strict] [-- --stamp [namespace:locale ...]]`:
 * flags every translation older than its English source (dictionaries by
 * fingerprint, guides by date; scripts/i18n/check.ts). Runs in every build,
 * where a stale translation is listed but does not stop the build (the
 * English is authoritative and every translated page says so); with
 * --strict it exits 1. --stamp records the current English fingerprint in
 * the records still `pending`, and in those named after a review.
 */
import { parseArgs } from 'node:util';
import { dictionaryFindings, guideFindings, loadDictionaries, stamp } from './i18n/check.ts';

const { values, positionals } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    stamp: { type: 'boolean', default: false },
    root: { type: 'string', default: process.cwd() },
  },
  allowPositionals: true,
});

try {
  const dicts = await loadDictionaries(values.root);
  if (values.stamp) {
    const changed = stamp(values.root, dicts, positionals);
    console.log(
      `i18n: stamped ${changed.length} file(s)${changed.length ? `: ${changed.join(', ')}` : ''}`,
    );
  }
  const findings = [...dictionaryFindings(dicts), ...guideFindings(values.root)];
  for (const f of findings) console.warn(`i18n: ${f.message}`);
  const languages = new Set(dicts.flatMap((d) => Object.keys(d.dict.messages)));
  console.log(
    `i18n: ${dicts.length} dictionaries, ${languages.size} languages, ${findings.length} translation(s) to review`,
  );
  if (values.strict && findings.length > 0) process.exit(1);
} catch (error) {
  console.error(`i18n: ${(error as Error).message}`);
  process.exit(1);
}

/**
 * Checks every HTML page of the built site (default dist/, or PP_OUT_DIR, or
 * the folder given) with the W3C Nu Html Checker (npm `vnu-jar`, run on the
 * machine's Java: Debian's `default-jre-headless`). Errors fail the run;
 * warnings are listed and do not.
 *
 * Usage: npm run validate:html [-- <dir>]
 * Exit: 0 no error, 1 errors found, 2 the checker could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One message of the checker's JSON output (`--format json`). */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'internal' | 'io' | 'schema';
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Errors and warnings, each as "file:line:column: text", sorted by file. */
export interface Findings {
  errors: string[];
  warnings: string[];
}

/** Sorts the checker's messages into errors and warnings, with paths relative to `root`. */
export function classify(messages: readonly VnuMessage[], root: string): Findings {
  const findings: Findings = { errors: [], warnings: [] };
  for (const m of messages) {
    const file = m.url ? path.relative(root, new URL(m.url).pathname) : '(checker)';
    const where = `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
    const line = `${where}: ${m.message}`;
    if (m.type === 'info') {
      if (m.subType === 'warning') findings.warnings.push(line);
    } else findings.errors.push(line);
  }
  findings.errors.sort();
  findings.warnings.sort();
  return findings;
}

function main(): void {
  const root = path.resolve(process.argv[2] ?? process.env['PP_OUT_DIR'] ?? 'dist');
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`validate:html: ${root} has no index.html; run npm run build first.`);
    process.exit(2);
  }
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = process.env['JAVA'] ?? 'java';
  const run = spawnSync(java, ['-jar', jar, '--format', 'json', '--skip-non-html', root], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) {
    console.error(
      `validate:html: could not start ${java} (${run.error.message}). The Nu Html Checker needs a Java runtime: apt-get install default-jre-headless, or set JAVA.`,
    );
    process.exit(2);
  }
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    console.error(
      `validate:html: the checker's output was not JSON:\n${run.stderr.slice(0, 2000)}`,
    );
    process.exit(2);
  }
  const { errors, warnings } = classify(messages, root);
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  console.log(
    `validate:html: ${errors.length} error(s), ${warnings.length} warning(s) in ${path.relative(process.cwd(), root) || '.'}`,
  );
  process.exit(errors.length > 0 ? 1 : 0);
}

if (import.meta.main) main();

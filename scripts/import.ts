/**
 * `npm run import -- <file.txt|file.pdf>... [--out DIR] [--report FILE.json] [--corrections FILE.json]`
 *
 * Imports published NYPD Impact and Use Policies (POST Act, NYC Admin. Code
 * § 14-188) into `content/policies/<slug>.md`, one entry per input file. The
 * logic lives in scripts/import/; this file only reads, validates and writes
 * files. Nothing is written unless every import succeeds (temp files, then
 * renames). Several files in one run cost one Node start instead of one each
 * (re-importing every policy after an importer change; the build benchmark);
 * --report and --corrections take one file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CorrectionsFile } from '../src/schemas/corrections.ts';
import { linesFromPages, linesFromText } from './import/lines.ts';
import { ImportError, type Line } from './import/types.ts';
import { assertImportable } from './import/validate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run import -- <file.txt|file.pdf>... [--out DIR] [--report FILE.json] [--corrections FILE.json]';

function fail(message: string, code = 1): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

const OPTIONS = {
  out: { type: 'string' },
  report: { type: 'string' },
  corrections: { type: 'string' },
} as const;

/**
 * Reads the command line with node:util parseArgs. Its tokens are checked in
 * order, so the first problem is the one reported: an unknown option, an
 * option without a value, the same file twice; then --report or
 * --corrections with several files.
 */
function readArgs(argv: string[]): {
  files: string[];
  out: string;
  report?: string;
  corrections?: string;
} {
  const { values, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const files: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name))
      fail(`unknown option ${argv[t.index] ?? t.rawName}\n${USAGE}`, 2);
    if (t.kind === 'option' && !t.value) fail(`${t.rawName} needs a value\n${USAGE}`, 2);
    if (t.kind !== 'positional') continue;
    if (files.some((f) => resolve(f) === resolve(t.value)))
      fail(`${t.value} is given twice\n${USAGE}`, 2);
    files.push(t.value);
  }
  if (files.length === 0) fail(`no input file given\n${USAGE}`, 2);
  const option = (name: keyof typeof OPTIONS): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const report = option('report');
  const corrections = option('corrections');
  if (files.length > 1 && (report || corrections))
    fail(
      `${report ? '--report' : '--corrections'} takes one input file (got ${files.length}); import that file on its own\n${USAGE}`,
      2,
    );
  return {
    files,
    out: option('out') ?? join(ROOT, 'content/policies'),
    ...(report ? { report } : {}),
    ...(corrections ? { corrections } : {}),
  };
}

async function readLines(
  file: string,
  bytes: Buffer,
): Promise<{ lines: Line[]; format: 'pdf' | 'text' }> {
  const isPdfBytes = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (extname(file).toLowerCase() === '.pdf' || isPdfBytes) {
    if (!isPdfBytes)
      throw new ImportError(
        `${file}: not a PDF (the file does not start with "%PDF-"); export the policy again or pass its extracted text.`,
      );
    try {
      // Loaded only for PDFs: the PDF reader is large.
      const { pdfToPages } = await import('./import/pdf.ts');
      return { lines: linesFromPages(await pdfToPages(new Uint8Array(bytes))), format: 'pdf' };
    } catch (e) {
      throw new ImportError(
        `${file}: cannot read the PDF (${(e as Error).message}); it may be corrupt or encrypted.`,
      );
    }
  }
  if (bytes.includes(0))
    throw new ImportError(
      `${file}: binary data (NUL bytes), not text; pass the policy PDF or its extracted text.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${file}: not UTF-8 text; convert it to UTF-8 first.`);
  }
  return { lines: linesFromText(text), format: 'text' };
}

async function loadCorrections(path: string, required: boolean): Promise<CorrectionsFile | null> {
  if (!existsSync(path)) {
    if (required) throw new ImportError(`${path}: corrections file not found.`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ImportError(`${path}: not valid JSON (${(e as Error).message}).`);
  }
  const { CorrectionsFileSchema } = await import('../src/schemas/corrections.ts');
  const parsed = CorrectionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ImportError(`${path}: invalid corrections file (${issues}).`);
  }
  return parsed.data;
}

/** Writes all files to temporary names first, then renames them: no half-written output. */
function writeAll(files: readonly { path: string; content: string }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.${process.pid}.tmp`;
      writeFileSync(tmp, f.content);
      staged.push({ tmp, path: f.path });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    const names = files.map((f) => f.path);
    const listed =
      names.length <= 3
        ? names.join(' and ')
        : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more files`;
    throw new ImportError(`cannot write ${listed} (${(e as Error).message}); nothing was written.`);
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}

/** One file imported in memory: what to write and what to print. */
interface Imported {
  target: string;
  markdown: string;
  report: string;
  summary: string;
  /** The note to print when the source is not kept where the site serves it from. */
  note: string | null;
}

async function importFile(file: string, args: ReturnType<typeof readArgs>): Promise<Imported> {
  if (!existsSync(file)) throw new ImportError(`${file}: no such file.`);
  const bytes = readFileSync(file);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new ImportError(`${file}: the file is empty.`);
  const { lines, format } = await readLines(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = basename(file);
  assertImportable(lines, file);
  // The rest of the importer is loaded only for input worth importing.
  const { identify, importPolicy } = await import('./import/pipeline.ts');
  const { formatSummary } = await import('./import/report.ts');
  const { slug } = identify(lines, fileName);
  const corrections = await loadCorrections(
    args.corrections ?? join(ROOT, 'data/policies', slug, 'corrections.json'),
    Boolean(args.corrections),
  );
  const result = importPolicy({ lines, fileName, sha256, format, corrections });
  const target = join(args.out, `${result.slug}.md`);
  const kept = join(ROOT, 'data/policies', result.slug, fileName);
  const keptOk =
    existsSync(kept) && createHash('sha256').update(readFileSync(kept)).digest('hex') === sha256;
  return {
    target,
    markdown: result.markdown,
    report: `${JSON.stringify(result.report, null, 2)}\n`,
    summary: formatSummary(result.report, target, result.frontmatter),
    note: keptOk
      ? null
      : `import: note: keep the source as ${join('data/policies', result.slug, fileName)} (byte-identical) so the site can serve it.`,
  };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const done: Imported[] = [];
  for (const file of args.files) {
    try {
      done.push(await importFile(file, args));
    } catch (e) {
      if (e instanceof ImportError && args.files.length > 1) {
        const named = e.message.includes(file) ? e.message : `${file}: ${e.message}`;
        throw new ImportError(
          `${named}\nNothing was written (${args.files.length} files given; every file must import).`,
        );
      }
      throw e;
    }
  }
  const byTarget = new Map<string, number>();
  done.forEach((d, i) => {
    const first = byTarget.get(d.target);
    if (first !== undefined)
      throw new ImportError(
        `${args.files[first]} and ${args.files[i]} are the same policy (both would be written to ${d.target}); import one of them. Nothing was written.`,
      );
    byTarget.set(d.target, i);
  });
  const [only] = done;
  writeAll([
    ...done.map((d) => ({ path: d.target, content: d.markdown })),
    ...(args.report && only ? [{ path: args.report, content: only.report }] : []),
  ]);
  for (const d of done) {
    process.stdout.write(`${d.summary}\n`);
    if (d.note) process.stderr.write(`${d.note}\n`);
  }
}

main().catch((e: unknown) => {
  if (e instanceof ImportError) fail(e.message);
  fail(`unexpected error: ${(e as Error).stack ?? String(e)}`);
});

/**
 * `npm run import -- <file.txt|file.pdf> [--out DIR] [--report FILE.json] [--corrections FILE.json]`
 *
 * Imports one published NYPD Impact and Use Policy (POST Act, NYC Admin. Code
 * § 14-188) into `content/policies/<slug>.md`. The logic lives in
 * scripts/import/; this file only reads, validates and writes files. Nothing
 * is written unless the whole import succeeds (temp file, then rename).
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
  'usage: npm run import -- <file.txt|file.pdf> [--out DIR] [--report FILE.json] [--corrections FILE.json]';

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
 * option without a value, a second input file.
 */
function readArgs(argv: string[]): {
  file: string;
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
  let file: string | undefined;
  for (const t of tokens) {
    if (t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name))
      fail(`unknown option ${argv[t.index] ?? t.rawName}\n${USAGE}`, 2);
    if (t.kind === 'option' && !t.value) fail(`${t.rawName} needs a value\n${USAGE}`, 2);
    if (t.kind !== 'positional') continue;
    if (file) fail(`one input file at a time (got ${file} and ${t.value})\n${USAGE}`, 2);
    file = t.value;
  }
  if (!file) fail(`no input file given\n${USAGE}`, 2);
  const option = (name: keyof typeof OPTIONS): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const report = option('report');
  const corrections = option('corrections');
  return {
    file,
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
    throw new ImportError(
      `cannot write ${files.map((f) => f.path).join(' and ')} (${(e as Error).message}).`,
    );
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (!existsSync(args.file)) throw new ImportError(`${args.file}: no such file.`);
  const bytes = readFileSync(args.file);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new ImportError(`${args.file}: the file is empty.`);
  const { lines, format } = await readLines(args.file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = basename(args.file);
  assertImportable(lines, args.file);
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
  const reportJson = `${JSON.stringify(result.report, null, 2)}\n`;
  writeAll([
    { path: target, content: result.markdown },
    ...(args.report ? [{ path: args.report, content: reportJson }] : []),
  ]);
  process.stdout.write(`${formatSummary(result.report, target, result.frontmatter)}\n`);
  const kept = join(ROOT, 'data/policies', result.slug, fileName);
  if (!existsSync(kept) || createHash('sha256').update(readFileSync(kept)).digest('hex') !== sha256)
    process.stderr.write(
      `import: note: keep the source as ${join('data/policies', result.slug, fileName)} (byte-identical) so the site can serve it.\n`,
    );
}

main().catch((e: unknown) => {
  if (e instanceof ImportError) fail(e.message);
  fail(`unexpected error: ${(e as Error).stack ?? String(e)}`);
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textToPdf } from './import/__fixtures__/make-pdf.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'pp-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI as `npm run import` does, into a fresh output folder. */
function run(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string; out: string }> {
  const out = mkdtempSync(join(work, 'out-'));
  return new Promise((done) => {
    execFile(
      NODE,
      ['scripts/import.ts', ...args, '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
          out,
        }),
    );
  });
}

/** Runs the CLI with exactly these arguments (no --out added). */
function runRaw(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      NODE,
      ['scripts/import.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

function fixture(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

function frontmatter(md: string): string {
  return md.slice(4, md.indexOf('\n---\n'));
}

describe('npm run import', () => {
  it('imports a policy text, writing the entry and the JSON report', async () => {
    const report = join(work, 'tc.json');
    const r = await run(
      'data/policies/thermographic-cameras/thermographic-cameras.txt',
      '--report',
      report,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(r.out)).toEqual(['thermographic-cameras.md']);
    const md = readFileSync(join(r.out, 'thermographic-cameras.md'), 'utf8');
    expect(md).toBe(readFileSync(join(ROOT, 'content/policies/thermographic-cameras.md'), 'utf8'));
    expect(frontmatter(md)).toContain('updated: "2023-04-11"');
    const json = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'slug',
      'status',
      'sections',
      'missing',
      'warnings',
      'unknownHeadings',
      'unassignedText',
      'suspectedExtractionErrors',
      'correctionsApplied',
      'removedFurniture',
      'titleBlock',
    ]);
    expect(json['sections']).toMatchObject({ capabilities: { found: true, paragraphs: 7 } });
    expect(r.stdout).toContain(
      'thermographic-cameras (final, updated 2023-04-11), 10 of 10 sections',
    );
  });

  it('removes running headers and footers without page breaks, reports each, and reads a draft cover', async () => {
    const fr = readFileSync(
      join(ROOT, 'data/policies/facial-recognition/facial-recognition.txt'),
      'utf8',
    );
    const header = (n: number) =>
      `FACIAL RECOGNITION: IMPACT & USE POLICY     DRAFT 01-11-2021      ${n}`;
    const footer = (n: number) => `POSTED JANUARY 11, 2021\t\t${n}`;
    const lines = fr.slice(fr.indexOf(' ABSTRACT\n')).split('\n');
    // At a page's start (no form feed), mid-sentence (no blank line), after a paragraph with a form feed, at the end.
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    lines.splice(at('The NYPD has a multifaceted'), 0, '', footer(3), `\f${header(4)}`, '');
    lines.splice(at(' Counterterrorism, will decide'), 0, footer(2), header(3));
    lines.splice(0, 0, header(1), '');
    lines.push(footer(4));
    const text = [
      'FACIAL RECOGNITION: IMPACT & USE POLICY',
      '',
      'DRAFT FOR PUBLIC COMMENT',
      'JANUARY 11, 2021',
      '',
      ...lines,
    ].join('\n');
    const report = join(work, 'draft.json');
    const r = await run(fixture('facial-recognition.txt', text), '--report', report);
    expect(r.stderr).toMatch(/^import: note: keep the source as /);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('facial-recognition (draft, posted 2021-01-11), 10 of 10 sections');
    const md = readFileSync(join(r.out, 'facial-recognition.md'), 'utf8');
    expect(frontmatter(md)).toMatch(/^status: "draft"$/m);
    expect(frontmatter(md)).toMatch(/^posted: "2021-01-11"$/m);
    const committed = readFileSync(join(ROOT, 'content/policies/facial-recognition.md'), 'utf8');
    expect(md.split('\n---\n\n')[1]).toBe(committed.split('\n---\n\n')[1]);
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      removedFurniture: { text: string; reason: string }[];
      unassignedText: unknown[];
      unknownHeadings: unknown[];
      warnings: string[];
    };
    expect(json.removedFurniture.map((f) => f.text)).toEqual([
      header(1),
      'ok w',
      footer(2),
      header(3),
      footer(3),
      header(4),
      footer(4),
    ]);
    expect(json.unassignedText).toEqual([]);
    expect(json.unknownHeadings).toEqual([]);
    expect(json.warnings.some((w) => /unassigned|unknown heading/.test(w))).toBe(false);
  });

  it('imports a policy with a section removed, warning about it and listing the key as missing', async () => {
    const text = readFileSync(
      join(ROOT, 'data/policies/facial-recognition/facial-recognition.txt'),
      'utf8',
    ).replace(/HEALTH & SAFETY REPORTING\n[\s\S]*?associated\nequipment\.\n/, '');
    const r = await run(fixture('facial-recognition.txt', text));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✗ health-safety');
    expect(r.stdout).toContain(
      'warning: section "health-safety" (HEALTH & SAFETY REPORTING) not found',
    );
    const md = readFileSync(join(r.out, 'facial-recognition.md'), 'utf8');
    expect(frontmatter(md)).toMatch(/missing:\n {2}- "health-safety"/);
    expect(md).not.toContain('{#health-safety}');
  });

  it('imports a PDF', async () => {
    const text = readFileSync(
      join(ROOT, 'data/policies/facial-recognition/facial-recognition.txt'),
      'utf8',
    );
    const pdf = fixture(
      'facial-recognition.pdf',
      await textToPdf(text, 'FACIAL RECOGNITION: IMPACT & USE POLICY'),
    );
    const r = await run(pdf);
    expect(r.code).toBe(0);
    const md = readFileSync(join(r.out, 'facial-recognition.md'), 'utf8');
    expect(md).toContain('format: "pdf"');
    expect(md.slice(md.indexOf('## ABSTRACT'))).toBe(
      readFileSync(join(ROOT, 'content/policies/facial-recognition.md'), 'utf8').split(
        '\n---\n\n',
      )[1],
    );
  });

  describe.each([
    {
      what: 'an empty file',
      name: 'empty.txt',
      content: '',
      message: /empty\.txt: the file is empty/,
    },
    {
      what: 'a blank file',
      name: 'blank.txt',
      content: '\n   \n\n',
      message: /blank\.txt: the file is empty/,
    },
    {
      what: 'a text that is not a policy',
      name: 'minutes.txt',
      content: 'MINUTES OF THE MEETING\n\nThe committee met on Tuesday.\n',
      message:
        /minutes\.txt: not an Impact and Use Policy: none of the ten statutory section headings/,
    },
    {
      what: 'a corrupt PDF',
      name: 'broken.pdf',
      content: '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage',
      message: /broken\.pdf: cannot read the PDF/,
    },
    {
      what: 'a .pdf that is not a PDF',
      name: 'fake.pdf',
      content: 'just text',
      message: /fake\.pdf: not a PDF/,
    },
    {
      what: 'a binary file',
      name: 'image.txt',
      content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      message: /image\.txt: binary data/,
    },
    { what: 'a missing file', name: null, content: '', message: /nope\.txt: no such file/ },
  ])('given $what', ({ name, content, message }) => {
    it.concurrent('exits non-zero with a message naming the file and writes nothing', async () => {
      const path = name ? fixture(name, content) : join(work, 'nope.txt');
      const never = join(work, `never-${name ?? 'missing'}.json`);
      const r = await run(path, '--report', never);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(readdirSync(r.out)).toEqual([]);
      expect(readdirSync(work)).not.toContain(basename(never));
    });
  });

  it('writes neither file when the report cannot be written', async () => {
    const notADirectory = fixture('plain-file', 'x');
    const r = await run(
      'data/policies/thermographic-cameras/thermographic-cameras.txt',
      '--report',
      join(notADirectory, 'r.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*thermographic-cameras\.md and .*plain-file\/r\.json/);
    expect(readdirSync(r.out)).toEqual([]);
  });

  it('imports several files in one run, each as if imported alone', async () => {
    const r = await run(
      'data/policies/thermographic-cameras/thermographic-cameras.txt',
      'data/policies/facial-recognition/facial-recognition.txt',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(r.out).sort()).toEqual([
      'facial-recognition.md',
      'thermographic-cameras.md',
    ]);
    for (const slug of ['facial-recognition', 'thermographic-cameras'])
      expect(readFileSync(join(r.out, `${slug}.md`), 'utf8')).toBe(
        readFileSync(join(ROOT, `content/policies/${slug}.md`), 'utf8'),
      );
    expect(r.stdout.match(/ of 10 sections$/gm)).toHaveLength(2);
  });

  it('writes nothing when one file of several fails, naming it', async () => {
    const bad = fixture('not-a-policy.txt', 'MINUTES OF THE MEETING\n\nThe committee met.\n');
    const r = await run('data/policies/thermographic-cameras/thermographic-cameras.txt', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not-a-policy\.txt: not an Impact and Use Policy/);
    expect(r.stderr).toContain('Nothing was written (2 files given; every file must import).');
    expect(readdirSync(r.out)).toEqual([]);
  });

  it('refuses two files that are the same policy, writing nothing', async () => {
    const copy = fixture(
      'thermographic-copy.txt',
      readFileSync(join(ROOT, 'data/policies/thermographic-cameras/thermographic-cameras.txt')),
    );
    const r = await run('data/policies/thermographic-cameras/thermographic-cameras.txt', copy);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /thermographic-copy\.txt are the same policy \(both would be written to .*thermographic-cameras\.md\)/,
    );
    expect(readdirSync(r.out)).toEqual([]);
  });

  it('rejects an unknown option with the usage line', async () => {
    const r = await run('data/policies/facial-recognition/facial-recognition.txt', '--bogus');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --bogus');
    expect(r.stderr).toContain('usage: npm run import');
  });

  describe.each([
    {
      what: 'an option without its value',
      args: ['data/policies/facial-recognition/facial-recognition.txt', '--report'],
      message: '--report needs a value',
    },
    {
      what: 'two input files and --report',
      args: ['a.txt', 'b.txt', '--report', 'r.json'],
      message: '--report takes one input file (got 2); import that file on its own',
    },
    {
      what: 'two input files and --corrections',
      args: ['a.txt', '--corrections', 'c.json', 'b.txt'],
      message: '--corrections takes one input file (got 2); import that file on its own',
    },
    { what: 'the same file twice', args: ['a.txt', './a.txt'], message: './a.txt is given twice' },
    { what: 'no input file', args: [], message: 'no input file given' },
  ])('given $what', ({ args, message }) => {
    it.concurrent('exits 2 with the usage line and writes nothing', async () => {
      const r = await runRaw(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `import: ${message}\nusage: npm run import -- <file.txt|file.pdf>... [--out DIR] [--report FILE.json] [--corrections FILE.json]\n`,
      );
      expect(r.stdout).toBe('');
    });
  });

  it('rejects an invalid corrections file, naming it and the field', async () => {
    const bad = fixture(
      'bad-corrections.json',
      JSON.stringify({ slug: 'facial-recognition', corrections: [{ target: 'body' }] }),
    );
    const r = await run(
      'data/policies/facial-recognition/facial-recognition.txt',
      '--corrections',
      bad,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /bad-corrections\.json: invalid corrections file \(corrections\.0\.original/,
    );
    expect(readdirSync(r.out)).toEqual([]);
  });
});

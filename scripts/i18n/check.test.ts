import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const dir = mkdtempSync(path.join(tmpdir(), 'pp-i18n-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the dictionaries and guides, where the English can be changed. */
function copy(name: string): string {
  const root = path.join(dir, name);
  // The dictionaries and what they import (src/lib, src/schemas).
  cpSync(path.join(ROOT, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(ROOT, 'content/guides'), path.join(root, 'content/guides'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
function run(root: string, ...args: string[]) {
  const r = spawnSync(NODE, [path.join(ROOT, 'scripts/i18n-check.ts'), '--root', root, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run i18n:check', () => {
  it('finds nothing to review in the repository', () => {
    const r = run(ROOT);
    expect(r.out).toMatch(/0 translation\(s\) to review/);
    expect(r.status).toBe(0);
  });

  it('flags every translation of a dictionary whose English changed, and --strict exits 1', () => {
    const root = copy('changed');
    const file = path.join(root, 'src/i18n/messages/core.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        "skipToMain: 'Skip to main content'",
        "skipToMain: 'Skip to content'",
      ),
    );
    const r = run(root);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(
      /src\/i18n\/messages\/core\.ts: the "es" translation \(\d{4}-\d{2}-\d{2}\) was made from English [0-9a-f]{12}; the English is now [0-9a-f]{12}\. Fix: update the "es" messages, then npm run i18n:check -- --stamp core:es/,
    );
    expect(r.out).toMatch(/11 translation\(s\) to review/);
    expect(run(root, '--strict').status).toBe(1);
    // After a review, stamping one language clears it alone.
    expect(run(root, '--stamp', 'core:es').out).toMatch(/10 translation\(s\) to review/);
  });

  it('flags a guide translation that follows an older English guide', () => {
    const root = copy('guide');
    const es = path.join(root, 'content/guides/es');
    cpSync(path.join(ROOT, 'content/guides/foil.mdx'), path.join(es, 'old.mdx'), {
      recursive: true,
    });
    writeFileSync(
      path.join(es, 'old.mdx'),
      "---\ntitle: x\ndescription: y\nlang: es\ntranslationOf: foil\ntranslatedFrom: '2020-01-01'\n---\nTexto\n",
    );
    const r = run(root);
    expect(r.out).toMatch(
      /content\/guides\/es\/old\.mdx: follows the English of 2020-01-01; content\/guides\/foil\.mdx was updated on \d{4}-\d{2}-\d{2}\. Fix: update the translation/,
    );
  });
});

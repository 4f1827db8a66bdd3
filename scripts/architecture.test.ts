/**
 * The folders show the data flow (data/ -> scripts/ -> content/ -> src/), and
 * this test keeps it that way: it reads every import in the repository and
 * checks who may import what (docs/ARCHITECTURE.md, "What may import what").
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CODE = /\.(ts|mjs|js|astro|mdx)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'public']);

/** Every code file under `dir`, repository-relative with forward slashes. */
function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith('dist-')) continue;
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...codeFiles(rel));
    else if (CODE.test(e.name)) out.push(rel);
  }
  return out;
}

/** Import specifiers of a file: static imports, re-exports, dynamic import() with a literal. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(re)) specs.push((m[1] ?? m[2]) as string);
  return specs;
}

interface Edge {
  from: string;
  /** Repository-relative target for relative imports, else the bare specifier. */
  to: string;
  spec: string;
}

const files = ['src', 'scripts', 'e2e'].flatMap((d) => codeFiles(d)).concat('astro.config.mjs');
const edges: Edge[] = files.flatMap((from) =>
  importsOf(readFileSync(path.join(ROOT, from), 'utf8')).map((spec) => ({
    from,
    spec,
    to: spec.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
      : spec,
  })),
);
const isTest = (f: string) => /\.test\.ts$/.test(f) || f.includes('/__fixtures__/');
const under = (f: string, ...dirs: string[]) => dirs.some((d) => f.startsWith(`${d}/`));
const violations = (rule: (e: Edge) => boolean) =>
  edges.filter(rule).map((e) => `${e.from} imports ${e.spec}`);

describe('what may import what', () => {
  it('reads the imports of every code file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    expect(importsOf("import { a } from './a.ts';\nimport type { B } from '../b.ts';")).toEqual([
      './a.ts',
      '../b.ts',
    ]);
    expect(importsOf("const m = await import('./pdf.ts');\nexport * from './c.ts';")).toEqual([
      './pdf.ts',
      './c.ts',
    ]);
  });

  it('no file under src/ imports from scripts/ or e2e/', () => {
    expect(violations((e) => under(e.from, 'src') && under(e.to, 'scripts', 'e2e'))).toEqual([]);
  });

  it('nothing under scripts/ imports a page, layout or component', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'scripts') &&
          (under(e.to, 'src/pages', 'src/layouts', 'src/components') || e.to.endsWith('.astro')),
      ),
    ).toEqual([]);
  });

  it('src/schemas/ is the bottom layer: it imports only other schemas and astro/zod', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'src/schemas') &&
          !isTest(e.from) &&
          !under(e.to, 'src/schemas') &&
          e.to !== 'astro/zod',
      ),
    ).toEqual([]);
  });

  it('src/lib/ is pure: no astro:*, no node:*, no pages, components, page data or browser code', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'src/lib') &&
          !isTest(e.from) &&
          (e.to.startsWith('astro:') ||
            e.to.startsWith('node:') ||
            under(e.to, 'src/pages', 'src/components', 'src/layouts', 'src/client', 'src/data')),
      ),
    ).toEqual([]);
  });

  it('src/i18n/ (languages, dictionaries, formats) is shared and pure: no astro:*, no pages, components, page data or browser code; node:* only in the build-time fingerprint', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'src/i18n') &&
          !isTest(e.from) &&
          (e.to.startsWith('astro:') ||
            (e.to.startsWith('node:') && e.from !== 'src/i18n/fingerprint.ts') ||
            under(e.to, 'src/pages', 'src/components', 'src/layouts', 'src/client', 'src/data')),
      ),
    ).toEqual([]);
  });

  it('browser code (src/client/) imports no Node or Astro module', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'src/client') &&
          !isTest(e.from) &&
          (e.to.startsWith('node:') ||
            e.to.startsWith('astro:') ||
            under(e.to, 'src/pages', 'src/components', 'src/layouts', 'src/data')),
      ),
    ).toEqual([]);
  });

  it('e2e tests reach the site only through the build: no page, component, page data or browser code', () => {
    expect(
      violations(
        (e) =>
          under(e.from, 'e2e') &&
          under(e.to, 'src/pages', 'src/components', 'src/layouts', 'src/data', 'src/client'),
      ),
    ).toEqual([]);
  });
});

/** `<style>` tags of an Astro file that Astro scopes (all but `is:global` and `is:inline`). */
export function scopedStyles(source: string): number {
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  return [...body.matchAll(/<style\b([^>]*)>/g)].filter(
    (m) => !/\bis:(global|inline)\b/.test(m[1]!),
  ).length;
}

describe('styles of what is on every page (docs/ARCHITECTURE.md, "Site chrome")', () => {
  const LAYOUT = 'src/layouts/BaseLayout.astro';
  /** The .astro files `from` renders, and theirs, and so on. */
  const rendered = (from: string, seen = new Set<string>()): Set<string> => {
    for (const e of edges)
      if (e.from === from && e.to.endsWith('.astro') && !seen.has(e.to)) {
        seen.add(e.to);
        rendered(e.to, seen);
      }
    return seen;
  };
  /** Components that 8 or more pages and components render: on most of the site's pages. */
  const shared = (): string[] => {
    const importers = new Map<string, Set<string>>();
    for (const e of edges)
      if (under(e.to, 'src/components') && e.to.endsWith('.astro'))
        importers.set(e.to, (importers.get(e.to) ?? new Set()).add(e.from));
    return [...importers].filter(([, by]) => by.size >= 8).map(([c]) => c);
  };

  it('finds scoped styles', () => {
    expect(scopedStyles('---\nconst a = "<style>";\n---\n<p/>\n<style>\np{}</style>')).toBe(1);
    expect(scopedStyles('<style is:global>p{}</style><style is:inline>p{}</style>')).toBe(0);
  });

  it('the layout and what it renders, and components rendered by 8 or more files, have no scoped <style>: it would put an attribute on each of their elements on every page', () => {
    const chrome = [LAYOUT, ...rendered(LAYOUT), ...shared()];
    expect(chrome).toContain('src/components/search/HeaderSearch.astro');
    expect(chrome).toContain('src/components/Breadcrumb.astro');
    expect(
      chrome.filter((f) => scopedStyles(readFileSync(path.join(ROOT, f), 'utf8')) > 0),
    ).toEqual([]);
  });
});

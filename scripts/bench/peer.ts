/**
 * The peer of the build benchmark (`npm run bench:build -- --peer`): the same
 * policy pages built with Starlight, the Astro documentation framework a team
 * would reach for, installed at bench time into the benchmark's temporary
 * folder (never a dependency of the project).
 *
 * The peer site has one page per imported policy, its body the Markdown the
 * portal renders (`content/policies/<slug>.md`, after `npm run import`): the
 * abstract and each statutory section under its printed heading, paragraphs
 * and lists, footnotes as Markdown footnotes. Starlight's defaults are kept:
 * its sidebar (every page listed on every page), table of contents, and its
 * Pagefind search index built at the end of `astro build`, as the portal's
 * build indexes its pages with Pagefind.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';

/** Starlight 0.42 declares astro ^7.2.10 as its peer: it runs beside this Astro. */
export const STARLIGHT_VERSION = '0.42.4';

const run = promisify(execFile);

/**
 * Installs Starlight and the portal's own Astro version into `dir` with npm
 * (`npm install` in that folder only). Resolves with the versions installed,
 * or rejects with npm's message (e.g. offline).
 */
export async function installPeer(
  dir: string,
  astroVersion: string,
): Promise<{ starlight: string; astro: string; seconds: number }> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'pp-bench-peer', private: true, type: 'module' }, null, 2)}\n`,
  );
  const t0 = performance.now();
  try {
    await run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `@astrojs/starlight@${STARLIGHT_VERSION}`,
        `astro@${astroVersion}`,
      ],
      { cwd: dir, timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const first =
      (err.stderr ?? '')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /npm (error|ERR!)/.test(l) && !/A complete log/.test(l)) ?? err.message;
    throw new Error(
      `npm install of Starlight failed: ${first.replace(/^npm (error|ERR!)\s*/, '')}`,
    );
  }
  const version = (pkg: string) =>
    (
      JSON.parse(readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return {
    starlight: version('@astrojs/starlight'),
    astro: version('astro'),
    seconds: (performance.now() - t0) / 1000,
  };
}

/** An imported policy entry as the peer page needs it. */
interface Entry {
  slug: string;
  title: string;
  technology: string;
  body: string;
  footnotes: { n: number; text: string }[];
}

/** Reads `content/policies/<slug>.md` (frontmatter written by the importer, then the body). */
export function readEntry(file: string): Entry {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const fm = parseYaml(m[1] as string) as {
    title: string;
    technology: string;
    footnotes?: { n: number; text: string }[];
  };
  return {
    slug: path.basename(file, '.md'),
    title: fm.title,
    technology: fm.technology,
    body: m[2] as string,
    footnotes: fm.footnotes ?? [],
  };
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * The peer page of a policy: Starlight frontmatter, then the same body with
 * the importer's `{#key}` heading anchors taken out (Starlight gives headings
 * their own ids) and the footnote texts as Markdown footnotes.
 */
export function peerPage(e: Entry): string {
  const body = e.body.replace(/^(## .*?)[ \t]*\{#[a-z-]+\}[ \t]*$/gm, '$1').trim();
  const notes = e.footnotes.map((f) => `[^${f.n}]: ${f.text}`).join('\n');
  return [
    '---',
    `title: ${yamlString(e.title)}`,
    `description: ${yamlString(`The NYPD's Impact and Use Policy for ${e.technology}, section by section.`)}`,
    '---',
    '',
    body,
    ...(notes ? ['', notes] : []),
    '',
  ].join('\n');
}

/**
 * Starlight's `locales` option for the locale prefixes the portal builds its
 * policy pages under ('' is the root): every locale falls back to the root's
 * pages, so Starlight builds each page in every locale, as the portal does.
 * Null for a single root locale.
 */
export function starlightLocales(
  prefixes: readonly string[],
): Record<string, { label: string; lang: string }> | null {
  if (prefixes.length <= 1 && (prefixes[0] ?? '') === '') return null;
  const out: Record<string, { label: string; lang: string }> = {};
  for (const p of prefixes) {
    const key = p === '' ? 'root' : p;
    out[key] = { label: key, lang: p === '' ? 'en' : p };
  }
  return out;
}

/**
 * Writes the peer site into `dir` (the folder Starlight is installed in) from
 * the imported entries in `policiesDir`, in the locales the portal builds
 * (`prefixes`, see starlightLocales). Returns the number of policy pages
 * written (one per policy; Starlight builds each in every locale).
 */
export function writePeerSite(
  dir: string,
  policiesDir: string,
  prefixes: readonly string[],
): number {
  const locales = starlightLocales(prefixes);
  const rootLocale = locales && !('root' in locales) ? (prefixes[0] as string) : null;
  // Pages of the default locale: in the root, or under its prefix when every locale has one.
  const docs = path.join(dir, 'src', 'content', 'docs', rootLocale ?? '');
  mkdirSync(path.join(docs, 'policies'), { recursive: true });
  const starlightOptions = {
    title: 'NYPD Impact and Use Policies',
    ...(locales ? { locales, defaultLocale: rootLocale ?? 'root' } : {}),
  };
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  // Starlight's middleware (@astrojs/starlight/locals) must be bundled: left external, the
  // prerender step cannot load the astro:content module it imports (Starlight ${STARLIGHT_VERSION}, Astro 7.3).
  vite: { resolve: { noExternal: ['@astrojs/starlight'] } },
  integrations: [starlight(${JSON.stringify(starlightOptions)})],
});
`,
  );
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    path.join(docs, 'index.md'),
    `---\ntitle: NYPD Impact and Use Policies\ndescription: Every imported policy, section by section.\n---\n\nThe policies are listed in the sidebar.\n`,
  );
  const files = readdirSync(policiesDir).filter((f) => f.endsWith('.md'));
  for (const f of files) {
    const e = readEntry(path.join(policiesDir, f));
    writeFileSync(path.join(docs, 'policies', `${e.slug}.md`), peerPage(e));
  }
  return files.length;
}

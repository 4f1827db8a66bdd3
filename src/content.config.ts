import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { IsoDateSchema } from './schemas/dates.ts';
import { PolicySchema, PublicationSchema } from './schemas/policy.ts';
import { DataPackageSchema, StatsFileSchema } from './schemas/stats.ts';
import { KeyFactsFileSchema } from './schemas/oversight.ts';
import { LegalFactSchema, RecordMapSchema } from './schemas/foil.ts';
import { csvParseRows } from 'd3-dsv';
import { INVENTORY_COLUMNS, INVENTORY_FILE, InventoryRowSchema } from './schemas/inventory.ts';

/**
 * Markdown entries `<id>.md` of a folder, read as Astro's glob loader reads
 * them (the same frontmatter parser, the body trimmed, the file name as id)
 * but not rendered: the policy pages render bodies with their own pipeline
 * (src/lib/policy/render.ts), so the HTML the glob loader makes and stores
 * for every entry on every build is never used. Reloads on change in dev.
 */
function markdownEntries(folder: string): Loader {
  return {
    name: 'markdown-entries',
    load: async (ctx) => {
      const { config, store, watcher } = ctx;
      const dir = fileURLToPath(new URL(`${folder.replace(/\/*$/, '')}/`, config.root));
      const sync = async () => {
        const names = (await readdir(dir).catch(() => [] as string[]))
          .filter((n) => n.endsWith('.md'))
          .sort();
        const ids = new Set<string>();
        for (const name of names) {
          const id = name.slice(0, -'.md'.length);
          const filePath = path.relative(fileURLToPath(config.root), path.join(dir, name));
          const contents = await readFile(path.join(dir, name), 'utf8');
          const digest = ctx.generateDigest(contents);
          ids.add(id);
          if (store.get(id)?.digest === digest) continue;
          let parsed: ReturnType<typeof parseFrontmatter>;
          try {
            parsed = parseFrontmatter(contents, { frontmatter: 'remove' });
          } catch (e) {
            throw new Error(
              `${filePath}: the frontmatter is not valid YAML (${(e as Error).message}). Fix: re-run npm run import on the policy's source.`,
            );
          }
          const data = await ctx.parseData({ id, data: parsed.frontmatter, filePath });
          store.set({ id, data, body: parsed.content.trim(), filePath, digest });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      watcher.add(dir);
      const onChange = (changed: string) => {
        if (changed.startsWith(dir) && changed.endsWith('.md')) void sync();
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/**
 * Imported policies: written by `npm run import`, one `<slug>.md` per technology.
 * PP_POLICIES_DIR points the build at another folder (test fixtures only).
 */
const policies = defineCollection({
  loader: markdownEntries(process.env.PP_POLICIES_DIR ?? './content/policies'),
  schema: PolicySchema,
});

/**
 * Curated inputs live in one folder per policy, `data/policies/<slug>/`
 * (source document, corrections, publication facts, key facts, FOIL record
 * map). PP_POLICY_DATA_DIR points the build at another folder (test fixtures
 * and benchmarks only).
 */
const POLICY_DATA = process.env.PP_POLICY_DATA_DIR ?? './data/policies';

/** A loader for `<slug>/<file>` in every policy folder; the entry id is the slug. */
function perPolicy(file: string) {
  return glob({
    pattern: `*/${file}`,
    base: POLICY_DATA,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
}

/** Publication facts per policy: `data/policies/<slug>/publication.json` (the day it entered the portal). */
const publications = defineCollection({
  loader: perPolicy('publication.json'),
  schema: PublicationSchema,
});

/** Curated key facts (oversight views): `data/policies/<slug>/key-facts.json`. */
const keyFacts = defineCollection({
  loader: perPolicy('key-facts.json'),
  schema: KeyFactsFileSchema,
});

/**
 * FOIL record maps: `data/policies/<slug>/foil-records.json`, each entry citing
 * paragraph ids of that policy (checked at build time by `resolveCitations`).
 */
const foilMaps = defineCollection({
  loader: perPolicy('foil-records.json'),
  schema: RecordMapSchema,
});

/**
 * Source documents as received: every `.txt` or `.pdf` file in a policy
 * folder, `data/policies/<slug>/<file>` (the file a policy entry's `source`
 * names; served at /sources/<file>). The entry id is `<slug>/<file>`; it
 * holds the file's SHA-256 and size, and the route reads the bytes from the
 * file (`src/data/sources.ts`): kept in the content store, every byte of
 * every document would be walked and serialised with it on each build.
 */
const sourceDocuments = defineCollection({
  loader: {
    name: 'source-documents',
    load: async (ctx) => {
      const { config, store, logger } = ctx;
      const base = new URL(`${POLICY_DATA.replace(/\/*$/, '')}/`, config.root);
      store.clear();
      const folders = await readdir(base, { withFileTypes: true }).catch(() => null);
      if (!folders) {
        logger.warn(`${POLICY_DATA}: no such folder, so no source documents are loaded`);
        return;
      }
      for (const folder of folders.filter((d) => d.isDirectory())) {
        const names = await readdir(new URL(`${folder.name}/`, base));
        for (const name of names.filter((n) => /\.(txt|pdf)$/i.test(n)).sort()) {
          const id = `${folder.name}/${name}`;
          const file = new URL(id, base);
          const bytes = await readFile(file);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const data = await ctx.parseData({ id, data: { sha256, size: bytes.length } });
          const filePath = path.relative(fileURLToPath(config.root), fileURLToPath(file));
          store.set({ id, data, filePath, digest: sha256 });
        }
      }
    },
  } satisfies Loader,
  schema: z.object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
  }),
});

/** FOIL legal facts with their citations and verification dates: `data/foil/legal-facts.json`. */
const legalFacts = defineCollection({
  loader: file('data/foil/legal-facts.json'),
  schema: LegalFactSchema,
});

/**
 * Statistics: written by `npm run aggregate`, one `<dataset>.json` per declared dataset.
 * PP_STATS_DIR points the build at another folder (test fixtures only).
 */
const stats = defineCollection({
  loader: glob({ pattern: '*.json', base: process.env.PP_STATS_DIR ?? './content/stats' }),
  schema: StatsFileSchema,
});

/** The statistics inputs' descriptor: `data/stats/datapackage.json`, one entry with id `datapackage`. */
const STATS_DESCRIPTOR = 'data/stats/datapackage.json';
const dataPackage = defineCollection({
  loader: file(STATS_DESCRIPTOR, {
    parser: (text) => ({ datapackage: JSON.parse(text) as Record<string, unknown> }),
  }),
  schema: DataPackageSchema,
});

/**
 * The published-claims CSV files exactly as received (served at /data/<name>.csv):
 * one entry per `published` resource of the descriptor, its id the repository
 * path that content/stats provenance records. Record-level files are never loaded.
 */
const receivedFiles = defineCollection({
  loader: {
    name: 'received-files',
    load: async (ctx) => {
      const { config, store } = ctx;
      const read = (p: string) => readFile(new URL(p, config.root), 'utf8');
      const pkg = DataPackageSchema.parse(JSON.parse(await read(STATS_DESCRIPTOR)));
      store.clear();
      for (const r of pkg.resources.filter((x) => x['x-pp'].kind === 'published')) {
        const id = path.posix.join(path.posix.dirname(STATS_DESCRIPTOR), r.path);
        const data = await ctx.parseData({ id, data: { text: await read(id) } });
        store.set({ id, data, filePath: id });
      }
    },
  } satisfies Loader,
  schema: z.object({ text: z.string() }),
});

/**
 * Editorial guides: the long-form prose of a page as MDX, rendered by the page
 * with its data and components (src/data/guides.ts). `content/guides/<id>.mdx`
 * is the original; a translation lives at `content/guides/<lang>/<id>.mdx`
 * (entry id `<lang>/<id>`) and names its original.
 */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: z
    .object({
      /** Page title, without the site name. */
      title: z.string().min(1),
      /** The page's h1 when it differs from the title. */
      heading: z.string().min(1).optional(),
      /** One-sentence description for search engines and link previews. */
      description: z.string().min(1),
      /** Language of the text, a BCP 47 tag. */
      lang: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag, e.g. en or es')
        .default('en'),
      /** Last change to what the text says (translations are checked against it). */
      updated: IsoDateSchema.optional(),
      /** Translations only: the id of the original entry, e.g. `foil`. */
      translationOf: z.string().min(1).optional(),
      /** Translations only: the original's `updated` date the translation follows. */
      translatedFrom: IsoDateSchema.optional(),
    })
    .strict()
    .refine((g) => (g.translationOf === undefined) === (g.translatedFrom === undefined), {
      message:
        'a translation names both translationOf (the original entry) and translatedFrom (the original’s updated date it follows); an original names neither',
    }),
});

/**
 * The inventory of known NYPD policies, `data/inventory/nypd-policy-inventory.csv`
 * (copied unchanged from the reference compilation): one entry per row, id
 * `line-<n>`, its line number kept so the page and errors can cite it. A
 * header other than INVENTORY_COLUMNS, or a row with another number of
 * fields, stops the build naming the file and line.
 */
const inventory = defineCollection({
  loader: file(INVENTORY_FILE, {
    parser: (text) => {
      const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
      if (header.join(',') !== INVENTORY_COLUMNS.join(','))
        throw new Error(
          `${INVENTORY_FILE} line 1: header "${header.join(',')}"; expected "${INVENTORY_COLUMNS.join(',')}". Fix: keep the file as received from the reference compilation.`,
        );
      if (rows.length !== text.split('\n').filter((l) => l.trim()).length - 1)
        throw new Error(
          `${INVENTORY_FILE}: a quoted field runs over a line break, so rows cannot be cited by line. Fix: keep each row on one line.`,
        );
      const entries = rows.map((cells, i): [string, Record<string, unknown>] => {
        const line = i + 2;
        if (cells.length !== INVENTORY_COLUMNS.length)
          throw new Error(
            `${INVENTORY_FILE} line ${line}: ${cells.length} fields; expected ${INVENTORY_COLUMNS.length} (${INVENTORY_COLUMNS.join(', ')}). Fix: quote a field that holds a comma.`,
          );
        return [
          `line-${line}`,
          { line, ...Object.fromEntries(INVENTORY_COLUMNS.map((c, k) => [c, cells[k] ?? ''])) },
        ];
      });
      return Object.fromEntries(entries);
    },
  }),
  schema: InventoryRowSchema,
});

export const collections = {
  policies,
  publications,
  keyFacts,
  foilMaps,
  sourceDocuments,
  legalFacts,
  stats,
  dataPackage,
  receivedFiles,
  guides,
  inventory,
};

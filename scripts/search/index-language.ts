/**
 * One language's Pagefind index (the unit of work of scripts/index-search.ts):
 * the language's built pages (by glob) plus the policy section records it is
 * given (English only; the policy text bundle has records and no pages),
 * written to a folder of its own that the caller merges with the others.
 *
 * Runs in a worker thread (scripts/search/index-worker.ts), two languages
 * at a time: the Pagefind Node API keeps one indexing service per thread and
 * that service works on one index at a time, so two threads keep two cores
 * busy. Each worker closes its service when its language is written, which
 * also gives its memory back before the next language starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Elements inside indexed pages that are never indexed: the policy body comes from records. */
export const EXCLUDE_SELECTORS = ['[data-pp-policy-body]'];

/** Pagefind's entry file (`pagefind-entry.json`), as far as the indexer reads it. */
export interface PagefindEntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count?: number }>;
  [other: string]: unknown;
}

/** What to index for one language (plain data: it crosses to a worker thread). */
export interface LanguageJob {
  /** The built site. */
  site: string;
  /** The language's English name, for messages. */
  englishName: string;
  /** Locale code (`es`; `en` is at the site root), for messages. */
  code: string;
  /** BCP 47 tag the language's pages carry on `<html lang>`. */
  tag: string;
  /** Pagefind's key for the language (`es`, `zh-hant`): the index must be filed under it. */
  key: string;
  /** The language's pages, relative to `site` (languageGlobs); none for the policy text bundle. */
  glob?: string;
  /** The language's policy section records. */
  records: { url: string; html: string }[];
  /** Folder to write this language's index to. */
  outputPath: string;
}

/** What one language's index holds. */
export interface LanguageResult {
  /** Pages added from the built site (records not counted). */
  pageCount: number;
  /** The entry file Pagefind wrote for this language alone. */
  entry: PagefindEntryFile;
}

/** Indexes one language into `job.outputPath`. Throws with Pagefind's errors, or when the pages are filed under another language. */
export async function indexLanguage(job: LanguageJob): Promise<LanguageResult> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  try {
    const added = job.glob
      ? await index.addDirectory({ path: job.site, glob: job.glob })
      : { errors: [], page_count: 0 };
    if (added.errors.length)
      throw new Error(
        `pagefind: errors while indexing the ${job.englishName} pages of ${job.site}/:\n${added.errors.join('\n')}`,
      );
    for (const r of job.records) {
      const res = await index.addHTMLFile({ url: r.url, content: r.html });
      if (res.errors.length)
        throw new Error(`pagefind: could not add ${r.url}: ${res.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length)
      throw new Error(`pagefind: could not write ${job.outputPath}: ${written.errors.join('; ')}`);
    const entry = JSON.parse(
      readFileSync(path.join(job.outputPath, 'pagefind-entry.json'), 'utf8'),
    ) as PagefindEntryFile;
    const found = Object.keys(entry.languages);
    if (found.length !== 1 || found[0] !== job.key)
      throw new Error(
        `pagefind: the ${job.englishName} pages (${job.glob}) were indexed as ${found.join(', ') || 'no language'}, not "${job.key}": ` +
          `every page under ${job.code === 'en' ? 'the site root' : `/${job.code}/`} must carry <html lang="${job.tag}"> (src/i18n/locales.ts)`,
      );
    return { pageCount: added.page_count, entry };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Translation freshness. Each translation records the date it was made and
 * the English it was made from:
 * - dictionaries (src/i18n/messages/<namespace>.ts): per language,
 *   `{ date, from }`, `from` being the fingerprint of the English messages
 *   (src/i18n/fingerprint.ts);
 * - guides (content/guides/<lang>/<id>.mdx): `translatedFrom`, the English
 *   guide's `updated` date it follows.
 * It lists every translation whose English has changed since (and every
 * record not stamped yet), one line each with the file and the fix.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fingerprintMessages } from '../../src/i18n/fingerprint.ts';
import type { Dictionary, Messages, OtherLocale } from '../../src/i18n/messages.ts';

export interface Finding {
  kind: 'stale' | 'unstamped';
  file: string;
  locale: string;
  message: string;
}

export interface DictionaryStatus {
  file: string;
  namespace: string;
  fingerprint: string;
  dict: Dictionary<Messages>;
}

/** Loads every dictionary module of `<root>/src/i18n/messages/`. */
export async function loadDictionaries(root: string): Promise<DictionaryStatus[]> {
  const dir = path.join(root, 'src/i18n/messages');
  const out: DictionaryStatus[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const file = path.join(dir, name);
    const mod = (await import(pathToFileURL(file).href)) as { default?: Dictionary<Messages> };
    const dict = mod.default;
    if (!dict || typeof dict !== 'object' || !('messages' in dict)) {
      throw new Error(
        `${path.relative(root, file)}: no dictionary as its default export. Fix: export default defineMessages(...) or defineProse(...).`,
      );
    }
    out.push({
      file: path.relative(root, file),
      namespace: dict.namespace,
      fingerprint: fingerprintMessages(dict.messages.en),
      dict,
    });
  }
  return out;
}

export function dictionaryFindings(dicts: DictionaryStatus[]): Finding[] {
  const findings: Finding[] = [];
  for (const d of dicts) {
    for (const [locale, rec] of Object.entries(d.dict.translated) as [
      OtherLocale,
      { date: string; from: string },
    ][]) {
      if (rec.from === 'pending') {
        findings.push({
          kind: 'unstamped',
          file: d.file,
          locale,
          message: `${d.file}: the "${locale}" translation (${rec.date}) does not record the English it was made from. Fix: npm run i18n:check -- --stamp`,
        });
      } else if (rec.from !== d.fingerprint) {
        findings.push({
          kind: 'stale',
          file: d.file,
          locale,
          message: `${d.file}: the "${locale}" translation (${rec.date}) was made from English ${rec.from}; the English is now ${d.fingerprint}. Fix: update the "${locale}" messages, then npm run i18n:check -- --stamp ${d.namespace}:${locale}`,
        });
      }
    }
  }
  return findings;
}

interface GuideFront {
  updated?: string;
  translationOf?: string;
  translatedFrom?: string;
}

function frontmatter(file: string): GuideFront {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return m ? ((parseYaml(m[1]!) as GuideFront | null) ?? {}) : {};
}

/** Guides whose English was updated after the date their translation follows. */
export function guideFindings(root: string): Finding[] {
  const dir = path.join(root, 'content/guides');
  if (!existsSync(dir)) return [];
  const findings: Finding[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, e.name)).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = path.join(dir, e.name, name);
      const rel = path.relative(root, file);
      const t = frontmatter(file);
      const originalFile = path.join(dir, `${t.translationOf ?? name.replace(/\.mdx$/, '')}.mdx`);
      if (!existsSync(originalFile)) {
        findings.push({
          kind: 'stale',
          file: rel,
          locale: e.name,
          message: `${rel}: translationOf "${t.translationOf ?? ''}" names no guide in content/guides/. Fix: name the original's id.`,
        });
        continue;
      }
      const updated = frontmatter(originalFile).updated;
      if (updated && (!t.translatedFrom || t.translatedFrom < updated)) {
        findings.push({
          kind: 'stale',
          file: rel,
          locale: e.name,
          message: `${rel}: follows the English of ${t.translatedFrom ?? '(no date)'}; ${path.relative(root, originalFile)} was updated on ${updated}. Fix: update the translation, then set translatedFrom: '${updated}'.`,
        });
      }
    }
  }
  return findings;
}

/**
 * Writes the current English fingerprint into the records that are
 * `pending`, and into the records named in `targets` (`namespace:locale`,
 * after a reviewed update). Returns the files changed.
 */
export function stamp(root: string, dicts: DictionaryStatus[], targets: string[]): string[] {
  const changed: string[] = [];
  for (const d of dicts) {
    const file = path.join(root, d.file);
    const source = readFileSync(file, 'utf8');
    const named = new Set(
      targets.filter((t) => t.startsWith(`${d.namespace}:`)).map((t) => t.split(':')[1]),
    );
    // Records are written `<locale>: { date: '...', from: '...' }` (quotes optional on the key).
    const next = source.replace(
      /(['"]?)([a-z]{2}(?:-[a-z]{4})?)\1(\s*:\s*\{\s*date:\s*')([^']*)(',\s*from:\s*')([^']*)(')/g,
      (
        whole,
        q: string,
        locale: string,
        a: string,
        date: string,
        b: string,
        from: string,
        c: string,
      ) => {
        if (from !== 'pending' && !named.has(locale)) return whole;
        const rec = d.dict.translated[locale as OtherLocale];
        if (rec) rec.from = d.fingerprint;
        return `${q}${locale}${q}${a}${date}${b}${d.fingerprint}${c}`;
      },
    );
    if (next !== source) {
      writeFileSyncAtomic(file, next);
      changed.push(d.file);
    }
  }
  return changed;
}

function writeFileSyncAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

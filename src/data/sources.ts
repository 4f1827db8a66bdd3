/**
 * The source documents the policies were imported from, from the
 * `sourceDocuments` collection (src/content.config.ts). Rendering-side glue
 * only: pages never read data/ directly.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getEntry, type CollectionEntry } from 'astro:content';

/**
 * The bytes of the source document a policy entry was imported from, read
 * from its file (the collection holds its SHA-256, not its bytes); the build
 * fails when the file is missing or its SHA-256 no longer matches the one
 * recorded at import.
 */
export async function sourceDocument(policy: CollectionEntry<'policies'>): Promise<Uint8Array> {
  const source = policy.data.source;
  const entry = await getEntry('sourceDocuments', `${policy.id}/${source.file}`);
  if (!entry) {
    throw new Error(
      `${source.path}: not found, but content/policies/${policy.id}.md names it as its source. Fix: keep the file exactly as received in data/policies/${policy.id}/, or re-run npm run import on it.`,
    );
  }
  const file = entry.filePath ?? source.path;
  const bytes = new Uint8Array(await readFile(file));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== source.sha256) {
    throw new Error(
      `${file}: SHA-256 ${sha} does not match the imported entry (${source.sha256}). Re-run npm run import on it.`,
    );
  }
  return bytes;
}

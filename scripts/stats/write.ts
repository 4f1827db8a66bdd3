import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces the folder `outDir` with exactly `files` (name → text), all or
 * nothing: everything is written to a temporary sibling folder first, which
 * is then renamed into place; the old folder is removed only afterwards.
 */
export function replaceFolder(outDir: string, files: Map<string, string>): void {
  const parent = path.dirname(path.resolve(outDir));
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(path.join(parent, `.${path.basename(outDir)}-new-`));
  try {
    for (const [name, text] of files) writeFileSync(path.join(tmp, name), text);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = existsSync(outDir) ? `${tmp}-old` : null;
  if (old) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    if (old) renameSync(old, outDir);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (old) rmSync(old, { recursive: true, force: true });
}

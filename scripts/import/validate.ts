import { ABSTRACT_KEY } from '../../src/schemas/sections.ts';
import { findHeadings } from './headings.ts';
import { ImportError, type Line } from './types.ts';

/**
 * Refuses input that cannot be a policy: no text at all, or none of the ten
 * statutory section headings (NYC Admin. Code § 14-188(a)) printed in it.
 * Cheap, so the CLI can run it before loading the rest of the importer.
 */
export function assertImportable(lines: readonly Line[], fileName: string): void {
  if (!lines.some((l) => l.text.trim()))
    throw new ImportError(`${fileName}: the document is empty (no text).`);
  const sections = findHeadings(lines).filter(
    (h) => h.heading.kind === 'section' && h.heading.key !== ABSTRACT_KEY,
  );
  if (sections.length === 0)
    throw new ImportError(
      `${fileName}: not an Impact and Use Policy: none of the ten statutory section headings (e.g. "CAPABILITIES OF THE TECHNOLOGY") was found.`,
    );
}

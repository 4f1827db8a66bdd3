/** Test support: reads a kept source policy and its corrections the way the CLI does. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CorrectionsFile, CorrectionsFileSchema } from '../../../src/schemas/corrections.ts';
import { linesFromText } from '../lines.ts';
import { type ImportInput, importPolicy, type ImportResult } from '../pipeline.ts';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The two published policies kept in data/policies/<slug>/. */
export const POLICY_FILES = ['facial-recognition.txt', 'thermographic-cameras.txt'] as const;

/** Reads data/policies/<slug>/corrections.json when it exists. */
export function loadCorrections(slug: string): CorrectionsFile | null {
  const path = join(ROOT, 'data/policies', slug, 'corrections.json');
  return existsSync(path) ? CorrectionsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : null;
}

/** Builds the importer input for a text policy. */
export function textInput(fileName: string, text: string, slug: string): ImportInput {
  return {
    lines: linesFromText(text),
    fileName,
    sha256: createHash('sha256').update(text).digest('hex'),
    format: 'text',
    corrections: loadCorrections(slug),
  };
}

/** Imports data/policies/<slug>/<file> with its reviewed corrections. */
export function importKept(fileName: string): { input: ImportInput; result: ImportResult; text: string } {
  const slug = fileName.replace(/\.txt$/, '');
  const text = readFileSync(join(ROOT, 'data/policies', slug, fileName), 'utf8');
  const input = textInput(fileName, text, slug);
  return { input, result: importPolicy(input), text };
}

import type { BlockKey } from '../../src/schemas/sections.ts';
import type { BlockModel } from './lists.ts';

const MARKER = /(\[\^\d+\])/;

/**
 * Escapes text so Markdown renders it verbatim: inline syntax characters
 * anywhere, entity-like "&name;", and block syntax at the start (a "1." or
 * "-" that would open a list, "#" a heading, ">" a quote). Footnote markers
 * `[^n]` written by the importer are left as they are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(MARKER)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let s = part.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
      if (i === 0) {
        s = s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([#+=-])/, '\\$1');
      }
      return s;
    })
    .join('');
}

/** One section of the body to write. */
export interface BodySection {
  key: BlockKey;
  heading: string;
  blocks: BlockModel[];
}

/** Writes the policy body: `## <heading> {#key}` per section, paragraphs and ordered lists. */
export function renderBody(sections: readonly BodySection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`## ${escapeMarkdown(s.heading)} {#${s.key}}`);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(escapeMarkdown(b.text));
      else out.push(b.items.map((it) => `${it.n}. ${escapeMarkdown(it.text)}`).join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

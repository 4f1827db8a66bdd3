/**
 * Right-to-left pages (Arabic, Urdu) mirror the layout because every
 * stylesheet uses logical properties: no physical left/right anywhere in
 * src/ (stylesheets, <style> blocks, style attributes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** CSS of a file: a stylesheet, or the <style> blocks and style="..." attributes of a component. */
export function cssOf(file: string, text: string): string {
  if (file.endsWith('.css')) return text;
  const blocks = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const attrs = [...text.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]);
  return [...blocks, ...attrs].join('\n');
}

const PHYSICAL =
  /(?<![\w-])(?:(?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;

export function physicalProperties(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(PHYSICAL)].map((m) => m[0]);
}

describe('logical CSS properties', () => {
  it('finds physical properties when there are some', () => {
    expect(
      physicalProperties(
        '.a { margin-left: 1px; text-align: right; inset-inline-start: 0; left: 0; border-right-color: red }',
      ),
    ).toEqual(['margin-left:', 'text-align: right', 'left:', 'border-right-color:']);
    expect(physicalProperties('/* left: 0 */ .a { margin-inline-start: 0 }')).toEqual([]);
  });

  it('uses none in src/', () => {
    const found = files(SRC)
      .filter((f) => /\.(css|astro)$/.test(f))
      .flatMap((f) =>
        physicalProperties(cssOf(f, readFileSync(f, 'utf8'))).map(
          (p) => `${path.relative(SRC, f)}: ${p}`,
        ),
      );
    expect(found).toEqual([]);
  });
});

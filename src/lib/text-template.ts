/**
 * The two small template forms the portal's dictionaries use, so that a
 * translator can move a number, a name or a link anywhere in a sentence:
 *
 * - `{name}`: a value filled in by the page (`fillText`), or in a linked
 *   text a link or value whose label the page gives (a dataset's title);
 * - `[label](name)`: a link whose label is part of the sentence (linked text only);
 * - `**text**`: strong emphasis (linked text only).
 *
 * Never HTML: the parts are rendered as text by src/components/LinkedText.astro,
 * so a translation cannot inject markup. Dependency-free: browser code imports it.
 */

/** Fills `{name}` placeholders in one pass (a filled-in value is never read as a placeholder). Unknown names are left as written. */
export function fillText(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** One part of a linked text. */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  /** `[label](name)`: label from the sentence. */
  | { kind: 'link'; name: string; label: string }
  /** `{name}`: link or value from the page. */
  | { kind: 'slot'; name: string };

const TOKEN = /\[([^\]]+)\]\(([A-Za-z][A-Za-z0-9]*)\)|\{([A-Za-z][A-Za-z0-9]*)\}|\*\*([^*]+)\*\*/g;

/** Splits a linked text into its parts. */
export function parseLinkedText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ kind: 'link', label: m[1], name: m[2]! });
    else if (m[3] !== undefined) parts.push({ kind: 'slot', name: m[3] });
    else parts.push({ kind: 'strong', text: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The names a text uses, links and slots alike, sorted (translations must use the same names). */
export function templateNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const name = m[2] ?? m[3];
    if (name) names.add(name);
  }
  return [...names].sort();
}

/**
 * Rich text of the reports' dictionaries (src/i18n/messages/reports*.ts) and
 * generated sentences: plain text with a few tags, so that a translation can
 * put a link or an emphasis where its language needs it, and mark the words
 * it keeps in English.
 *
 * - `<x0>…</x0>` … `<x9>…</x9>`: the caller's element of that index (a link
 *   by default: `richHtml(text, ['/methodology/'])`), with its attributes;
 * - `<strong>…</strong>`, `<code>…</code>`;
 * - `<en>…</en>`: text kept in English inside a sentence of another language
 *   (a quoted finding, a title as printed): `<span lang="en">`.
 *
 * Everything else is text, escaped as Astro escapes an expression (`& < > " '`),
 * so English text rendered here has the bytes it had as a template
 * expression. Pure: tested without Astro.
 */

/** An element a text refers to by index: a link (its address) or a tag with attributes. */
export type RichElement =
  | string
  | {
      /** Default `a`. */
      tag?: 'a' | 'span' | 'code' | 'strong';
      /** In the order they print; `''` prints the bare name; undefined is left out. */
      attrs?: Readonly<Record<string, string | undefined>>;
      /** HTML written as the element's content, in place of the text's (which should be empty). */
      html?: string;
    };

/** One node of a parsed rich text. */
export type RichNode =
  { kind: 'text'; text: string } | { kind: 'el'; name: string; children: RichNode[] };

const TAG = /<(\/?)(x\d|strong|code|en)>/g;

/** Parses a rich text; throws on an unbalanced tag, naming the text. */
export function parseRich(text: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: { name: string; children: RichNode[] }[] = [];
  let children = root;
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index > last) children.push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = m[2]!;
    if (m[1]) {
      const open = stack.pop();
      if (open?.name !== name)
        throw new Error(
          `rich text: </${name}> closes ${open ? `<${open.name}>` : 'nothing'} in "${text}"`,
        );
      children = stack.length > 0 ? stack[stack.length - 1]!.children : root;
    } else {
      const el: RichNode = { kind: 'el', name, children: [] };
      children.push(el);
      stack.push({ name, children: el.children });
      children = el.children;
    }
  }
  if (stack.length > 0)
    throw new Error(`rich text: <${stack[0]!.name}> is not closed in "${text}"`);
  if (last < text.length) root.push({ kind: 'text', text: text.slice(last) });
  return root;
}

/** Escapes text content as Astro escapes an expression. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === "'" ? '&#39;' : '&quot;',
  );
}

/** Escapes an attribute value as Astro does (`&` and `"`). */
function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function attrsHtml(attrs: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
}

/**
 * The HTML of a rich text. `elements` are the `<xN>` elements; `extra`
 * attributes go on every element written (a component's scoped-style
 * attribute, so the text styles as if written in the component).
 */
export function richHtml(
  text: string,
  elements: readonly RichElement[] = [],
  extra: Readonly<Record<string, string>> = {},
  /** The element of `<en>`: `bdi` where a `<span>` cannot go (the reports stage's placeholders). */
  enTag: 'span' | 'bdi' = 'span',
): string {
  const render = (nodes: readonly RichNode[]): string =>
    nodes
      .map((n) => {
        if (n.kind === 'text') return escapeText(n.text);
        const inner = render(n.children);
        if (n.name === 'en') return `<${enTag} lang="en"${attrsHtml(extra)}>${inner}</${enTag}>`;
        if (n.name === 'strong' || n.name === 'code')
          return `<${n.name}${attrsHtml(extra)}>${inner}</${n.name}>`;
        const el = elements[Number(n.name.slice(1))];
        if (el === undefined)
          throw new Error(
            `rich text: <${n.name}> has no element (${elements.length} given) in "${text}"`,
          );
        const tag = typeof el === 'string' ? 'a' : (el.tag ?? 'a');
        const attrs = typeof el === 'string' ? { href: el } : (el.attrs ?? {});
        const content = typeof el === 'string' || el.html === undefined ? inner : el.html;
        return `<${tag}${attrsHtml({ ...attrs, ...extra })}>${content}</${tag}>`;
      })
      .join('');
  return render(parseRich(text));
}

/** The text of a rich text without its tags (for attributes, titles and tests). */
export function plainText(text: string): string {
  const flat = (nodes: readonly RichNode[]): string =>
    nodes.map((n) => (n.kind === 'text' ? n.text : flat(n.children))).join('');
  return flat(parseRich(text));
}

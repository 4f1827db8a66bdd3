import type { ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  ABSTRACT_KEY,
  type BlockKey,
  isSectionKey,
  listItemId,
  paragraphId,
} from '../../schemas/sections.ts';

/** A numbered block of a policy section: a paragraph or a whole list. */
export interface PolicyParagraph {
  /** Stable id, `<key>-p<n>`: the anchor on the page and the citation target. */
  id: string;
  /** 1-based position within its section ("¶n"). */
  n: number;
  kind: 'paragraph' | 'ordered-list' | 'list';
  /** Plain text, footnote markers removed, list items joined by newlines. */
  text: string;
  /** For lists: each item's id and plain text, in order. */
  items: { id: string; text: string }[];
  /** Footnote numbers whose markers (`[^n]`) stand in this block. */
  footnotes: number[];
}

/** The abstract or one statutory section of a policy body. */
export interface PolicyBlockSection {
  key: BlockKey;
  /** Heading as printed in the document. */
  heading: string;
  paragraphs: PolicyParagraph[];
}

/** Matches the `{#key}` anchor suffix the importer writes after a heading. */
export const HEADING_ANCHOR = /\s*\{#([a-z][a-z-]*)\}\s*$/;
/** Matches a footnote marker the importer writes into the body. */
export const FOOTNOTE_MARKER = /\[\^(\d+)\]/g;

/** Parses policy Markdown into an mdast tree. */
export function parsePolicyMarkdown(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

/** Reads the `{#key}` of a level-2 heading node, or null if it is not a section heading. */
export function headingKey(node: RootContent): { key: BlockKey; heading: string } | null {
  if (node.type !== 'heading' || node.depth !== 2) return null;
  const raw = toString(node);
  const m = HEADING_ANCHOR.exec(raw);
  if (!m) return null;
  const key = m[1] as string;
  if (key !== ABSTRACT_KEY && !isSectionKey(key)) return null;
  return { key, heading: raw.replace(HEADING_ANCHOR, '').trim() };
}

/** True for the block kinds that get a paragraph number. */
export function isNumberedBlock(
  node: RootContent,
): node is Extract<RootContent, { type: 'paragraph' | 'list' }> {
  return node.type === 'paragraph' || node.type === 'list';
}

function plain(text: string): string {
  return text.replace(FOOTNOTE_MARKER, '').replace(/\s+/g, ' ').trim();
}

function markers(text: string): number[] {
  return [...text.matchAll(FOOTNOTE_MARKER)].map((m) => Number(m[1]));
}

/**
 * Bodies parsed lately, by their Markdown: the syntax tree (shared with the
 * page renderer, `renderPolicyBody`) and the sections. A build asks for every
 * body many times (policy, FOIL, boilerplate, scorecard and report pages, the
 * search records, the inventory): parsing each once per build keeps the cost
 * per policy flat as pages are added. Bounded, so a long dev session does not
 * keep every edit.
 */
const parsed = new Map<string, { tree: Root; sections?: PolicyBlockSection[] }>();
/** Bodies kept at most (about 0.3 MB each for 30 KB of Markdown). */
export const PARSED_BODIES_KEPT = 2048;

function remember(markdown: string): { tree: Root; sections?: PolicyBlockSection[] } {
  const hit = parsed.get(markdown);
  if (hit) return hit;
  const tree = parsePolicyMarkdown(markdown);
  // Positions are not needed after parsing: dropping them halves what is kept.
  const strip = (node: { position?: unknown; children?: unknown[] }) => {
    delete node.position;
    for (const c of node.children ?? []) strip(c as { position?: unknown; children?: unknown[] });
  };
  strip(tree);
  const entry = { tree: deepFreeze(tree) };
  if (parsed.size >= PARSED_BODIES_KEPT) parsed.delete(parsed.keys().next().value as string);
  parsed.set(markdown, entry);
  return entry;
}

/**
 * The Markdown syntax tree of a policy body (without source positions),
 * parsed once and shared: frozen, so a caller that transforms it (the
 * renderer) works on a copy (`structuredClone`).
 */
export function policyMarkdownTree(markdown: string): Root {
  return remember(markdown).tree;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Splits a policy body into its abstract and sections with numbered
 * paragraphs. This is the single definition of paragraph numbering: the
 * page renderer, citations, record maps and search all use it.
 *
 * The same Markdown gives the same result object, frozen: callers share it
 * and must copy before changing anything (changing it throws).
 */
export function parsePolicyBody(markdown: string): PolicyBlockSection[] {
  const entry = remember(markdown);
  entry.sections ??= deepFreeze(readPolicyBody(entry.tree));
  return entry.sections;
}

function readPolicyBody(tree: Root): PolicyBlockSection[] {
  const sections: PolicyBlockSection[] = [];
  let current: PolicyBlockSection | null = null;
  for (const node of tree.children) {
    const h = headingKey(node);
    if (h) {
      current = { key: h.key, heading: h.heading, paragraphs: [] };
      sections.push(current);
      continue;
    }
    if (!current || !isNumberedBlock(node)) continue;
    const n = current.paragraphs.length + 1;
    const key = current.key;
    const raw = toString(node);
    if (node.type === 'paragraph') {
      current.paragraphs.push({
        id: paragraphId(key, n),
        n,
        kind: 'paragraph',
        text: plain(raw),
        items: [],
        footnotes: markers(raw),
      });
    } else {
      const list = node;
      const items = list.children.map((item: ListItem, i: number) => ({
        id: listItemId(key, n, i + 1),
        text: plain(toString(item)),
      }));
      current.paragraphs.push({
        id: paragraphId(key, n),
        n,
        kind: list.ordered ? 'ordered-list' : 'list',
        text: items.map((it) => it.text).join('\n'),
        items,
        footnotes: markers(raw),
      });
    }
  }
  return sections;
}

/** Every paragraph and list-item id in a body, for citation checks. */
export function paragraphIds(sections: readonly PolicyBlockSection[]): Set<string> {
  const ids = new Set<string>();
  for (const s of sections)
    for (const p of s.paragraphs) {
      ids.add(p.id);
      for (const it of p.items) ids.add(it.id);
    }
  return ids;
}

/**
 * Citations of a compare-matrix cell, grouped by section so that a cell
 * reads "Retention, Access & Use of Data ¶3, ¶4" instead of repeating the
 * section name before every paragraph.
 */
import { parseParagraphId, sectionLabel } from '../../schemas/sections.ts';
import { citationLabel } from '../oversight/citations.ts';

/** One cited anchor with its short label within its group ("¶3", "¶3, item 2"). */
export interface CiteLink {
  id: string;
  label: string;
}

/** The citations of one section (or one table: "Summary of changes", "Addendum 1"). */
export interface CiteGroup {
  /** Section label, e.g. "External Entities"; null for a table anchor, whose link names it in full. */
  section: string | null;
  links: CiteLink[];
}

/** Groups cited anchors by section, in order of first appearance, each anchor once. */
export function citeGroups(ids: readonly string[]): CiteGroup[] {
  const groups = new Map<string, CiteGroup>();
  for (const id of new Set(ids)) {
    const parsed = parseParagraphId(id);
    if (!parsed) {
      groups.set(`#${id}`, { section: null, links: [{ id, label: citationLabel(id) }] });
      continue;
    }
    const section = sectionLabel(parsed.key);
    const label = `¶${parsed.n}${parsed.item === undefined ? '' : `, item ${parsed.item}`}`;
    const group = groups.get(section) ?? { section, links: [] };
    group.links.push({ id, label });
    groups.set(section, group);
  }
  return [...groups.values()];
}

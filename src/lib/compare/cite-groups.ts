/**
 * Citations of a compare-matrix cell, grouped by section so that a cell
 * reads "Retention, Access & Use of Data ¶3, ¶4" instead of repeating the
 * section name before every paragraph.
 */
import { parseParagraphId } from '../../schemas/sections.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import citationWords from '../../i18n/messages/policy-citations.ts';
import { citationLabel } from '../oversight/citations.ts';
import { sectionLabelIn } from '../policy/section-labels.ts';

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

/** Groups cited anchors by section, in order of first appearance, each anchor once; labels in `locale`. */
export function citeGroups(ids: readonly string[], locale: Locale = DEFAULT_LOCALE): CiteGroup[] {
  const m = t(citationWords, locale);
  const groups = new Map<string, CiteGroup>();
  for (const id of new Set(ids)) {
    const parsed = parseParagraphId(id);
    if (!parsed) {
      groups.set(`#${id}`, { section: null, links: [{ id, label: citationLabel(id, locale) }] });
      continue;
    }
    const section = sectionLabelIn(parsed.key, locale);
    const label = parsed.item === undefined ? m.para(parsed.n) : m.paraItem(parsed.n, parsed.item);
    const group = groups.get(section) ?? { section, links: [] };
    group.links.push({ id, label });
    groups.set(section, group);
  }
  return [...groups.values()];
}

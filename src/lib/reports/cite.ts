/**
 * Citations of a report into a policy page: paragraph and list-item ids,
 * the changes table and addenda (as the oversight views cite them), and whole
 * sections by their key (`#external-entities`), for a statement about what a
 * section does or does not say. Every citation is checked against the policy
 * before a report is built.
 */
import { citableIds, type CitableExtras } from '../oversight/citations.ts';
import type { PolicyText } from '../oversight/boilerplate.ts';
import { ADDENDUM_ANCHOR, CHANGES_ANCHOR } from '../../schemas/oversight.ts';
import { isSectionKey, parseParagraphId, sectionLabel } from '../../schemas/sections.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/messages.ts';
import reports from '../../i18n/messages/reports.ts';

/**
 * A short label for a cited anchor: "External Entities section", "Rules,
 * Processes & Guidelines ¶3", "Summary of changes", "Addendum 1", in the
 * page's language (the section's name stays the policy's, as printed). The
 * same words as the oversight views' citations in English.
 */
export function anchorLabel(id: string, locale: Locale = 'en'): string {
  const m = t(reports, locale);
  if (isSectionKey(id)) return m.citeSection(sectionLabel(id));
  if (id === CHANGES_ANCHOR) return m.citeChanges;
  const add = ADDENDUM_ANCHOR.exec(id);
  if (add) return m.citeAddendum(Number(add[1]));
  const parsed = parseParagraphId(id);
  if (!parsed) return id;
  const base = m.citeParagraph(sectionLabel(parsed.key), parsed.n);
  return parsed.item === undefined ? base : m.citeItem(base, parsed.item);
}

/** The page address of a cited anchor. */
export function anchorHref(slug: string, id: string): string {
  return `/policies/${slug}/#${id}`;
}

/** Every anchor of a policy page a report may cite: citable ids plus the sections present. */
export function reportAnchors(policy: PolicyText & CitableExtras): Set<string> {
  const ids = citableIds(policy);
  for (const s of policy.sections) if (isSectionKey(s.key)) ids.add(s.key);
  return ids;
}

/** Throws, naming the report and what cites it, when an anchor is not on the policy page. */
export function assertAnchors(
  report: string,
  policy: PolicyText & CitableExtras,
  cited: readonly { what: string; ids: readonly string[] }[],
): void {
  const known = reportAnchors(policy);
  const bad = cited.flatMap((c) =>
    c.ids.filter((id) => !known.has(id)).map((id) => `${c.what} cites "#${id}"`),
  );
  if (bad.length > 0)
    throw new Error(
      `${report}: ${bad.join('; ')}, which /policies/${policy.slug}/ does not have. The report code (src/lib/reports/) cites anchors the policy lacks; fix the rule that chose them.`,
    );
}

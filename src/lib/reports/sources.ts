/**
 * The numbered source list of a report. Every outside source a report cites
 * (a news article, an advocacy statement, an OIG-NYPD report, a law) is
 * listed once, numbered in order of first citation (S1, S2, …) and cited in
 * the text by its number, which links to its entry (`#source-<n>`). The
 * entry prints the source's address in full: in the PDF, addresses outside
 * the portal are printed, not linked, so every link in a printed report
 * leads to a page of the portal (see scripts/reports/print.ts).
 */

/** One source of a report. */
export interface ReportSource {
  /** `S<n>`, its number in the report. */
  key: string;
  /** Anchor of its entry in the report's source list. */
  anchor: string;
  title: string;
  /** Who makes the claim or issues the document, e.g. "news", "advocacy organisation", "law". */
  kind: string;
  /** Where it was read; null for a law cited by its name only. */
  url: string | null;
  /** True for a document the portal cites through another source and has not read itself. */
  notRead: boolean;
}

/** What a caller knows of a source when citing it. */
export type SourceInput = Omit<ReportSource, 'key' | 'anchor' | 'notRead'> & {
  notRead?: boolean;
};

/** A report's sources, numbered in the order they are first cited. */
export class SourceList {
  private readonly byId = new Map<string, ReportSource>();

  /** Cites a source: returns its entry, adding it on first use (same address and title: same entry). */
  cite(input: SourceInput): ReportSource {
    const id = `${input.url ?? ''}\u0000${input.url ? '' : input.title}`;
    const known = this.byId.get(id);
    if (known) return known;
    const n = this.byId.size + 1;
    const source: ReportSource = {
      key: `S${n}`,
      anchor: `source-${n}`,
      title: input.title,
      kind: input.kind,
      url: input.url,
      notRead: input.notRead ?? false,
    };
    this.byId.set(id, source);
    return source;
  }

  /** Every source, in citation order. */
  all(): ReportSource[] {
    return [...this.byId.values()];
  }
}

/**
 * Word breaks for the search index (applied to every built page by
 * src/middleware.ts).
 *
 * Pagefind reads the end of some elements as the end of a word (`p`, `li`,
 * `td`, `div`, headings...) but not of others: the text of adjacent `th`,
 * `dt`, `dd`, `caption`, `summary` and `figcaption` elements ran together,
 * so a table whose header cells are "Technology" and "Published figures"
 * was indexed, and shown in result excerpts, as "TechnologyPublished
 * figures", and a search for "technology" did not find it. The build writes
 * one space after each such element when another tag follows at once. The
 * space is inter-element white space (between table cells, list terms, a
 * summary and its content), which the page does not render. Inline elements
 * that a stylesheet sets on lines of their own (a figure's value and its
 * label, a date and its note) carry the space in their component (`{' '}`);
 * buttons and other controls are kept out of the index
 * (`data-pagefind-ignore`).
 */

/** Elements whose end Pagefind does not read as a word break. */
export const UNBROKEN_ELEMENTS = ['th', 'dt', 'dd', 'caption', 'summary', 'figcaption'] as const;

const CLOSING = new RegExp(`</(${UNBROKEN_ELEMENTS.join('|')})>(?=<)`, 'gi');

/** `html` with a space after every closing tag of UNBROKEN_ELEMENTS directly followed by a tag. */
export function breakWordsBetweenElements(html: string): string {
  return html.replace(CLOSING, '</$1> ');
}

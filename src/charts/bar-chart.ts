import { max, scaleLinear } from 'd3';

/** One bar: a label, and a value or the reason there is none. */
export interface Bar {
  label: string;
  value: number | null;
  /** Text printed with the bar, e.g. "more than 11,000" or "suppressed". */
  display: string;
  /** Index of the fill (series); fills are told apart by the label too, never by colour alone. */
  series: number;
  /** BCP 47 tag of the label, when it differs from the page's language (an English metric on a translated page). */
  labelLang?: string | undefined;
  /** BCP 47 tag of the printed value, when it differs from the page's language. */
  displayLang?: string | undefined;
}

/** The chart's title and description (its text summary), each with its language when it differs from the page's. */
export interface ChartText {
  title: string;
  desc: string;
  id: string;
  titleLang?: string | undefined;
  descLang?: string | undefined;
}

/**
 * An SVG element's language is its `xml:lang` (HTML reads `lang` only on
 * HTML elements), which also keeps it valid HTML in every language.
 */
const langAttr = (lang: string | undefined) => (lang ? ` xml:lang="${esc(lang)}"` : '');

/** Fills with at least 3:1 contrast on white. */
export const FILLS = ['#12355b', '#8a4b08', '#1e5e2f', '#5b2a86', '#9b1c1c'];

/** Font sizes in CSS pixels: the SVG has no viewBox, so nothing scales them down on a phone. */
export const CHART_FONT = { label: 13, value: 13, tick: 12 } as const;

/** Longest label line, in characters: about 290 CSS px at 13 px, which fits a 320 px phone. */
export const LABEL_WRAP = 40;

const LINE = 18;
const BAR_H = 16;
const ROW_GAP = 12;
const AXIS_H = 22;

function esc(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Splits a label into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, width: number = LABEL_WRAP): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A percentage with at most two decimals, for SVG lengths ("37.5%"). */
function pct(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/**
 * A horizontal bar chart as an SVG string, built without a DOM, that reflows
 * instead of shrinking: it is as wide as its container (`width="100%"`, no
 * viewBox), bar lengths and ticks are percentages of that width, and text is
 * sized in CSS pixels (CHART_FONT), so it stays legible on a phone. Each row
 * is the label (wrapped at LABEL_WRAP characters), the value as printed, then
 * the bar; a bar without a value ("not reported", "suppressed") prints that
 * word and draws nothing.
 *
 * The chart is laid out left to right in every language (`direction="ltr"`
 * on the SVG: bars grow from the axis at x = 0); text in a right-to-left
 * language still reads right to left inside its line. Numbers are printed as
 * the page gives them (`display`); the axis ticks are plain numbers.
 * A text in another language than the page carries its `xml:lang`.
 */
export function barChart(bars: Bar[], opts: ChartText): string {
  const maxValue = max(bars, (b) => b.value ?? 0) ?? 0;
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .nice()
    .range([0, 1]);
  const ticks = x.ticks(4);
  const rows: string[] = [];
  let y = 4;
  bars.forEach((b) => {
    for (const line of wrapLabel(b.label)) {
      y += LINE;
      rows.push(
        `<text x="0" y="${y - 4}" font-size="${CHART_FONT.label}" fill="#1b1b1b"${langAttr(b.labelLang)}>${esc(line)}</text>`,
      );
    }
    y += LINE;
    rows.push(
      `<text x="0" y="${y - 4}" font-size="${CHART_FONT.value}" font-weight="600"${b.value === null ? ' font-style="italic"' : ''} fill="${b.value === null ? '#4a4a4a' : '#1b1b1b'}"${langAttr(b.displayLang)}>${esc(b.display)}</text>`,
    );
    if (b.value !== null) {
      const share = Math.max(x(b.value), b.value > 0 ? 0.004 : 0);
      const fill = FILLS[b.series % FILLS.length] ?? FILLS[0];
      rows.push(`<rect x="0" y="${y}" width="${pct(share)}" height="${BAR_H}" fill="${fill}"/>`);
      y += BAR_H;
    }
    y += ROW_GAP;
  });
  const axisY = y;
  const height = axisY + AXIS_H;
  const grid = ticks.map((t, i) => {
    const at = pct(x(t));
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    return (
      `<line x1="${at}" x2="${at}" y1="0" y2="${axisY}" stroke="#d0d4da" stroke-width="1"/>` +
      `<text x="${at}" y="${axisY + 16}" text-anchor="${anchor}" font-size="${CHART_FONT.tick}" fill="#4a4a4a">${esc(t.toLocaleString('en-US'))}</text>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="pp-chart" role="img" width="100%" height="${height}" aria-labelledby="${opts.id}-title ${opts.id}-desc" focusable="false" direction="ltr">`,
    `<title id="${opts.id}-title"${langAttr(opts.titleLang)}>${esc(opts.title)}</title>`,
    `<desc id="${opts.id}-desc"${langAttr(opts.descLang)}>${esc(opts.desc)}</desc>`,
    ...grid,
    ...rows,
    `<line x1="0.5" x2="0.5" y1="0" y2="${axisY}" stroke="#1b1b1b" stroke-width="1"/>`,
    '</svg>',
  ].join('');
}

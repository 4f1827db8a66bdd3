import { max, scaleLinear } from 'd3';

/** One bar: a label, and a value or the reason there is none. */
export interface Bar {
  label: string;
  value: number | null;
  /** Text printed beside the bar, e.g. "more than 11,000" or "suppressed". */
  display: string;
  /** Index of the fill (series); fills are told apart by the label too, never by colour alone. */
  series: number;
}

/** Fills with at least 3:1 contrast on white. */
export const FILLS = ['#12355b', '#8a4b08', '#1e5e2f', '#5b2a86', '#9b1c1c'];

function esc(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * A horizontal bar chart as an SVG string, built without a DOM: one row per
 * bar, its label above it and its value printed after it; bars without a
 * value ("not reported", "suppressed") print that word at zero.
 */
export function barChart(
  bars: Bar[],
  opts: { width: number; title: string; desc: string; id: string },
): string {
  const rowH = 46;
  const top = 8;
  const axisH = 28;
  const left = 8;
  const right = 150;
  const height = top + bars.length * rowH + axisH;
  const maxValue = max(bars, (b) => b.value ?? 0) ?? 0;
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .nice()
    .range([left, opts.width - right]);
  const ticks = x.ticks(5);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="pp-chart" role="img" viewBox="0 0 ${opts.width} ${height}" width="${opts.width}" height="${height}" aria-labelledby="${opts.id}-title ${opts.id}-desc" focusable="false">`,
    `<title id="${opts.id}-title">${esc(opts.title)}</title>`,
    `<desc id="${opts.id}-desc">${esc(opts.desc)}</desc>`,
  );
  const axisY = top + bars.length * rowH + 4;
  for (const t of ticks) {
    const tx = x(t).toFixed(1);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${top}" y2="${axisY}" stroke="#d0d4da" stroke-width="1"/>`,
      `<text x="${tx}" y="${axisY + 16}" text-anchor="middle" font-size="12" fill="#4a4a4a">${esc(t.toLocaleString('en-US'))}</text>`,
    );
  }
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    parts.push(
      `<text x="${left}" y="${y + 14}" font-size="13" fill="#1b1b1b">${esc(b.label)}</text>`,
    );
    const barY = y + 20;
    if (b.value === null) {
      parts.push(
        `<text x="${left}" y="${barY + 13}" font-size="13" font-style="italic" fill="#4a4a4a">${esc(b.display)}</text>`,
      );
      return;
    }
    const w = Math.max(x(b.value) - x(0), b.value > 0 ? 1 : 0);
    const fill = FILLS[b.series % FILLS.length] ?? FILLS[0];
    parts.push(
      `<rect x="${x(0).toFixed(1)}" y="${barY}" width="${w.toFixed(1)}" height="18" fill="${fill}"/>`,
      `<text x="${(x(0) + w + 6).toFixed(1)}" y="${barY + 13}" font-size="13" fill="#1b1b1b">${esc(b.display)}</text>`,
    );
  });
  parts.push(
    `<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="${top}" y2="${axisY}" stroke="#1b1b1b" stroke-width="1"/>`,
    '</svg>',
  );
  return parts.join('');
}

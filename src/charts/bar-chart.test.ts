import { describe, expect, it } from 'vitest';
import { CHART_FONT, LABEL_WRAP, barChart, wrapLabel } from './bar-chart.ts';

describe('barChart', () => {
  const svg = barChart(
    [
      { label: '2018', value: 100, display: '100 requests', series: 0 },
      { label: '2019', value: 50, display: 'about 50 requests', series: 1 },
      { label: '2020', value: null, display: 'not reported', series: 0 },
    ],
    { title: 'Requests & matches', desc: 'Summary <b>', id: 'c1' },
  );

  it('carries an escaped title and description referenced by aria-labelledby', () => {
    expect(svg).toContain('<title id="c1-title">Requests &amp; matches</title>');
    expect(svg).toContain('<desc id="c1-desc">Summary &lt;b&gt;</desc>');
    expect(svg).toContain('aria-labelledby="c1-title c1-desc"');
  });

  it('draws one bar per value, proportional, as a share of the width, and prints each value', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 5);
    expect(widths[0]).toBeLessThanOrEqual(100);
    expect(svg).toContain('>about 50 requests</text>');
  });

  it('prints "not reported" instead of drawing a bar', () => {
    expect(svg).toContain('>not reported</text>');
  });

  it('reflows rather than shrinks: full width, no viewBox, text in CSS pixels of at least 11', () => {
    expect(svg).toMatch(/^<svg [^>]*width="100%"/);
    expect(svg).not.toContain('viewBox');
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(11);
    expect(Math.min(...Object.values(CHART_FONT))).toBeGreaterThanOrEqual(11);
  });

  it('wraps a long label over lines instead of running past a phone screen', () => {
    const long = barChart(
      [
        {
          label: '2018 · Requests for comparison received by the Facial Identification Section',
          value: 7024,
          display: '7,024 requests',
          series: 0,
        },
      ],
      { title: 't', desc: 'd', id: 'x' },
    );
    const lines = [...long.matchAll(/<text x="0"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(LABEL_WRAP);
  });

  it('is deterministic', () => {
    const draw = () =>
      barChart([{ label: 'a', value: 1, display: '1', series: 0 }], {
        title: 't',
        desc: 'd',
        id: 'x',
      });
    expect(draw()).toBe(draw());
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width and keeps an overlong word whole', () => {
    expect(wrapLabel('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLabel('supercalifragilistic x', 5)).toEqual(['supercalifragilistic', 'x']);
    expect(wrapLabel('')).toEqual(['']);
  });
});

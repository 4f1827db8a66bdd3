import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';

describe('barChart', () => {
  const svg = barChart(
    [
      { label: '2018', value: 100, display: '100 requests', series: 0 },
      { label: '2019', value: 50, display: 'about 50 requests', series: 1 },
      { label: '2020', value: null, display: 'not reported', series: 0 },
    ],
    { width: 600, title: 'Requests & matches', desc: 'Summary <b>', id: 'c1' },
  );

  it('carries an escaped title and description referenced by aria-labelledby', () => {
    expect(svg).toContain('<title id="c1-title">Requests &amp; matches</title>');
    expect(svg).toContain('<desc id="c1-desc">Summary &lt;b&gt;</desc>');
    expect(svg).toContain('aria-labelledby="c1-title c1-desc"');
  });

  it('draws one bar per value, proportional, and prints each value as text', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 5);
    expect(svg).toContain('>about 50 requests</text>');
  });

  it('prints "not reported" instead of drawing a bar', () => {
    expect(svg).toContain('>not reported</text>');
  });

  it('is deterministic', () => {
    expect(
      barChart([{ label: 'a', value: 1, display: '1', series: 0 }], {
        width: 300,
        title: 't',
        desc: 'd',
        id: 'x',
      }),
    ).toBe(
      barChart([{ label: 'a', value: 1, display: '1', series: 0 }], {
        width: 300,
        title: 't',
        desc: 'd',
        id: 'x',
      }),
    );
  });
});

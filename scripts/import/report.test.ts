import { describe, expect, it } from 'vitest';
import { importKept } from './__fixtures__/load.ts';
import { formatSummary } from './report.ts';

describe('the import report', () => {
  const { result } = importKept('thermographic-cameras.txt');

  it('has one entry per statutory section with found and paragraphs', () => {
    expect(Object.keys(result.report.sections)).toHaveLength(10);
    expect(result.report.sections['capabilities']).toEqual({ found: true, paragraphs: 7 });
  });

  it('summarises the import in a few lines', () => {
    const summary = formatSummary(result.report, 'content/policies/thermographic-cameras.md');
    expect(summary.split('\n')[0]).toBe(
      'content/policies/thermographic-cameras.md: thermographic-cameras (final), 10 of 10 sections',
    );
    expect(summary).toContain('✓ capabilities       7 paragraphs');
    expect(summary).toContain(
      'removed page furniture: 1; title block lines: 0; corrections applied: 0',
    );
  });

  it('shows a missing section as missing', () => {
    const summary = formatSummary(
      {
        ...result.report,
        sections: { ...result.report.sections, training: { found: false, paragraphs: 0 } },
      },
      'x.md',
    );
    expect(summary).toContain('✗ training           MISSING');
    expect(summary.split('\n')[0]).toContain('9 of 10 sections');
  });
});

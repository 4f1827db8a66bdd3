import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../../src/lib/policy/body.ts';
import { reviewed, SAMPLE, sampleInput } from '../__fixtures__/sample.ts';
import { ImportError } from '../types.ts';
import { buildFrontmatter, report, writeEntry } from './write.ts';

describe('buildFrontmatter', () => {
  it('writes what was found, sections in statutory order with their paragraph counts', () => {
    const { frontmatterInput, frontmatter } = buildFrontmatter(reviewed(sampleInput()));
    expect(Object.keys(frontmatterInput)).toEqual([
      'title',
      'technology',
      'status',
      'updated',
      'source',
      'changes',
      'addenda',
      'footnotes',
      'sections',
      'missing',
    ]);
    expect(frontmatter).toMatchObject({
      title: 'License Plate Readers: Impact and Use Policy',
      status: 'final',
      updated: '2023-04-11',
      source: {
        file: 'license-plate-readers.txt',
        path: 'data/policies/license-plate-readers/license-plate-readers.txt',
      },
      footnotes: [{ n: 1, text: 'See N.Y. Veh. & Traf. Law.', ref: 'capabilities-p1' }],
    });
    expect(frontmatter.sections.filter((s) => s.found)).toEqual([
      {
        key: 'capabilities',
        heading: 'CAPABILITIES OF THE TECHNOLOGY',
        found: true,
        paragraphs: 2,
      },
      { key: 'training', heading: 'TRAINING', found: true, paragraphs: 1 },
    ]);
  });

  it('marks a policy without the changes table as a draft', () => {
    const text = SAMPLE.slice(0, SAMPLE.indexOf('SUMMARY OF CHANGES'));
    expect(buildFrontmatter(reviewed(sampleInput(text))).frontmatter.status).toBe('draft');
  });

  it('takes the status printed on the cover, warning when a changes table says otherwise', () => {
    const draft = SAMPLE.replace('Updated April 11, 2023', 'DRAFT FOR PUBLIC COMMENT\n01-11-2021');
    const s = buildFrontmatter(reviewed(sampleInput(draft)));
    expect(s.frontmatter).toMatchObject({ status: 'draft', posted: '2021-01-11' });
    expect(s.warnings.at(-1)).toBe(
      'the cover says the policy is a draft, but a summary of changes between draft & final policy is printed; the status is taken from the cover',
    );
    const final = SAMPLE.slice(0, SAMPLE.indexOf('SUMMARY OF CHANGES')).replace(
      'Updated April 11, 2023',
      'FINAL\nApril 11, 2021',
    );
    expect(buildFrontmatter(reviewed(sampleInput(final))).frontmatter).toMatchObject({
      status: 'final',
      posted: '2021-04-11',
    });
  });

  it('refuses an entry PolicySchema rejects', () => {
    const s = reviewed({ ...sampleInput(), sha256: 'not-a-hash' });
    expect(() => buildFrontmatter(s)).toThrow(ImportError);
    expect(() => buildFrontmatter(s)).toThrow(/fails PolicySchema \(source\.sha256: /);
  });
});

describe('writeEntry and report', () => {
  const s = writeEntry(buildFrontmatter(reviewed(sampleInput())));

  it('writes the body after the frontmatter, reading back as built', () => {
    expect(s.markdown.endsWith(`---\n\n${s.body}`)).toBe(true);
    expect(
      s.markdown.startsWith('---\ntitle: "License Plate Readers: Impact and Use Policy"\n'),
    ).toBe(true);
    expect(parsePolicyBody(s.body).map((x) => [x.key, x.paragraphs.length])).toEqual([
      ['abstract', 1],
      ['capabilities', 2],
      ['training', 1],
    ]);
  });

  it('reports the import and traces the printed list numbers and markers', () => {
    const r = report(s);
    expect(r.slug).toBe('license-plate-readers');
    expect(r.report.sections['capabilities']).toEqual({ found: true, paragraphs: 2 });
    expect(r.report.warnings).toHaveLength(8);
    expect(r.trace.listNumbers).toEqual(['1', '2']);
    expect(r.trace.footnoteLabels).toEqual(['¹']);
    expect(r.trace.markers).toEqual([{ n: 1, printed: '¹' }]);
  });
});

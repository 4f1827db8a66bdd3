import { describe, expect, it } from 'vitest';
import { SECTION_KEYS } from './sections.ts';
import { POLICY_STATUSES, PolicySchema, PublicationSchema } from './policy.ts';

/** A valid frontmatter (every section found), to change one field at a time. */
function frontmatter(): Record<string, unknown> {
  return {
    title: 'X Ray: Impact and Use Policy',
    technology: 'X Ray',
    status: 'final',
    posted: '2024-02-29',
    source: {
      file: 'x.txt',
      path: 'data/policies/x/x.txt',
      sha256: 'a'.repeat(64),
      format: 'text',
    },
    footnotes: [{ n: 1, text: 'See the law.', ref: 'retention-p2' }],
    sections: SECTION_KEYS.map((key) => ({ key, found: true, paragraphs: 1 })),
    missing: [],
  };
}

function issue(data: Record<string, unknown>) {
  const r = PolicySchema.safeParse(data);
  expect(r.success).toBe(false);
  return r.error?.issues[0];
}

describe('PolicySchema', () => {
  it('accepts a valid entry and types its keys and statuses', () => {
    const p = PolicySchema.parse(frontmatter());
    expect(p.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    expect(POLICY_STATUSES).toContain(p.status);
  });

  it('refuses a missing key that is no section', () => {
    expect(issue({ ...frontmatter(), missing: ['training', 'trainning'] })?.path).toEqual([
      'missing',
      1,
    ]);
  });

  it('refuses a section summary with an unknown key', () => {
    const sections = SECTION_KEYS.map((key) => ({ key, found: true, paragraphs: 1 }));
    sections[3] = { key: 'abstract' as never, found: true, paragraphs: 1 };
    expect(issue({ ...frontmatter(), sections })?.path).toEqual(['sections', 3, 'key']);
  });

  it('refuses a footnote whose ref is not a paragraph id', () => {
    for (const ref of ['bogus-p1', 'rules-p0', 'rules-p1-0']) {
      const i = issue({ ...frontmatter(), footnotes: [{ n: 1, text: 'See.', ref }] });
      expect(i?.path).toEqual(['footnotes', 0, 'ref']);
      expect(i?.message).toMatch(/paragraph id/);
    }
  });

  it('refuses a printed date that is not on the calendar', () => {
    const i = issue({ ...frontmatter(), posted: '2025-02-30' });
    expect(i?.path).toEqual(['posted']);
    expect(i?.message).toMatch(/does not exist/);
  });
});

describe('PublicationSchema', () => {
  const page = {
    url: 'https://www.nyc.gov/site/nypd/about/about-nypd/policy/post-act.page',
    title: 'NYPD, POST Act: Impact and Use Policies',
    source: 'cited by third parties',
    checked: '2026-12-03',
    opened: false,
  };
  const valid = {
    addedToPortal: '2026-11-21',
    addedToPortalSource: 'commit x',
    nypdPage: page,
    pdf: null,
  };

  it('accepts the NYPD page with an unknown PDF (null)', () => {
    expect(PublicationSchema.parse(valid).pdf).toBeNull();
  });

  it('refuses an addedToPortal date that is not on the calendar', () => {
    const r = PublicationSchema.safeParse({ ...valid, addedToPortal: '2023-02-29' });
    expect(r.error?.issues[0]?.path).toEqual(['addedToPortal']);
  });

  it('requires the NYPD page, with its source and the day it was checked', () => {
    const { nypdPage: _, ...rest } = valid;
    expect(PublicationSchema.safeParse(rest).error?.issues[0]?.path).toEqual(['nypdPage']);
    const r = PublicationSchema.safeParse({
      ...valid,
      nypdPage: { ...page, checked: '2026-13-01' },
    });
    expect(r.error?.issues[0]?.path).toEqual(['nypdPage', 'checked']);
    const s = PublicationSchema.safeParse({ ...valid, nypdPage: { ...page, source: '' } });
    expect(s.error?.issues[0]?.path).toEqual(['nypdPage', 'source']);
  });

  it('refuses a PDF that is not an address, and an unknown field', () => {
    expect(
      PublicationSchema.safeParse({ ...valid, pdf: { ...page, url: 'not a url' } }).success,
    ).toBe(false);
    expect(
      PublicationSchema.safeParse({ ...valid, nypdPage: { ...page, guessed: true } }).success,
    ).toBe(false);
  });
});

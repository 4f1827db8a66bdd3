import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../../src/lib/policy/body.ts';
import { SECTION_KEYS } from '../../src/schemas/sections.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { importKept, textInput } from './__fixtures__/load.ts';
import { checkNothingLost } from './check.ts';
import { linesFromText } from './lines.ts';
import { identify, importPolicy } from './pipeline.ts';
import { ImportError } from './types.ts';

const fr = importKept('facial-recognition.txt');
const tc = importKept('thermographic-cameras.txt');

describe.each([
  { name: 'facial recognition', run: fr, changes: 7, footnotes: 2, addenda: 0 },
  { name: 'thermographic cameras', run: tc, changes: 4, footnotes: 5, addenda: 1 },
])('importing the $name policy', ({ run, changes, footnotes, addenda }) => {
  const { result } = run;
  const body = parsePolicyBody(result.body);

  it('finds all ten statutory sections, in order, after the abstract', () => {
    expect(body.map((s) => s.key)).toEqual(['abstract', ...SECTION_KEYS]);
    expect(result.frontmatter.missing).toEqual([]);
    expect(result.frontmatter.sections.every((s) => s.found && s.paragraphs > 0)).toBe(true);
  });

  it('records the paragraph counts exactly as parsePolicyBody numbers the written body', () => {
    for (const s of result.frontmatter.sections)
      expect(s.paragraphs, s.key).toBe(body.find((b) => b.key === s.key)?.paragraphs.length);
    for (const [key, s] of Object.entries(result.report.sections))
      expect(s.paragraphs, key).toBe(body.find((b) => b.key === key)?.paragraphs.length);
  });

  it(`rebuilds the changes table with ${changes} rows and marks the policy final`, () => {
    expect(result.frontmatter.changes).toHaveLength(changes);
    expect(result.frontmatter.status).toBe('final');
    expect(result.report.status).toBe('final');
  });

  it(`captures ${footnotes} footnote texts, each linked to the paragraph holding its marker`, () => {
    expect(result.frontmatter.footnotes.map((f) => f.n)).toEqual(
      Array.from({ length: footnotes }, (_, i) => i + 1),
    );
    for (const f of result.frontmatter.footnotes) {
      const p = body.flatMap((s) => s.paragraphs).find((x) => x.id === f.ref);
      expect(p?.footnotes, `footnote ${f.n}`).toContain(f.n);
    }
    expect(result.body).not.toMatch(/^\s*(?:\d|[¹²³⁴⁵])\s*(?:See|For)\b/mu);
  });

  it(`reads ${addenda} addendum rows`, () => {
    expect(result.frontmatter.addenda).toHaveLength(addenda);
  });

  it('writes frontmatter that PolicySchema accepts', () => {
    expect(PolicySchema.safeParse(result.frontmatter).success).toBe(true);
  });

  it('keeps the seven disclosure conditions as one ordered list', () => {
    const list = body
      .find((s) => s.key === 'external-entities')
      ?.paragraphs.find((p) => p.kind === 'ordered-list');
    expect(list?.items).toHaveLength(7);
    expect(list?.items.every((it) => it.text.startsWith('Such disclosure'))).toBe(true);
  });

  it('leaves no unassigned text and no unknown headings', () => {
    expect(result.report.unassignedText).toEqual([]);
    expect(result.report.unknownHeadings).toEqual([]);
  });
});

describe('the facial recognition policy', () => {
  const { result } = fr;
  const body = parsePolicyBody(result.body);
  const rules = body.find((s) => s.key === 'rules');

  it('keeps the six authorized uses as six items in order although extraction lost numbers 3 to 5', () => {
    const list = rules?.paragraphs.find((p) => p.kind === 'ordered-list');
    expect(list?.id).toBe('rules-p4');
    expect(list?.items.map((it) => it.text.slice(0, 30))).toEqual([
      'To identify an individual when',
      'To identify an individual when',
      'To identify a deceased person;',
      'To identify a person who is in',
      'To identify an individual who ',
      'To mitigate an imminent threat',
    ]);
    expect(result.report.warnings.some((w) => w.includes('items 3–5'))).toBe(true);
  });

  it('takes the technology from the file name, with a warning, as no cover line is printed', () => {
    expect(result.frontmatter.technology).toBe('Facial Recognition');
    expect(result.frontmatter.title).toBe('Facial Recognition: Impact and Use Policy');
    expect(result.report.warnings.some((w) => w.includes('taken from the file name'))).toBe(true);
  });

  it('leaves posted and updated absent because no date is printed', () => {
    expect(result.frontmatter.posted).toBeUndefined();
    expect(result.frontmatter.updated).toBeUndefined();
    expect(result.markdown).not.toMatch(/^(posted|updated):/m);
  });

  it('links the footnote markers extracted as "?" after "disposed." and "requirements."', () => {
    const p = body.find((s) => s.key === 'retention')?.paragraphs[1];
    expect(p?.footnotes).toEqual([1, 2]);
    expect(result.body).toContain('legally disposed.[^1] Published');
    expect(result.body).toContain('legal requirements.[^2]');
    expect(result.frontmatter.footnotes[0]?.text).toBe(
      'See N.Y. Arts & Cult. Aff. Law § 57.19 - 25, and 8 NYCRR Part 185.',
    );
  });

  it('rejoins the paragraph interrupted by the footnotes at the page foot', () => {
    expect(result.body).toContain(
      'course of sexual conduct against a child (first degree), active warrant',
    );
  });

  it('removes the stray "ok w" line as page furniture', () => {
    expect(result.report.removedFurniture).toEqual([
      { line: 135, text: 'ok w', reason: 'stray extraction fragment' },
    ]);
    expect(result.body).not.toContain('ok w');
  });

  it('keeps real line-end hyphens ("real-time", "industry-standard")', () => {
    expect(result.body).toContain('for real-time facial recognition analysis');
    expect(result.frontmatter.changes[0]?.description).toContain('industry-standard definitions');
  });

  it('recognises the retention heading printed over two lines with "ACCESS, &"', () => {
    expect(result.frontmatter.sections.find((s) => s.key === 'retention')?.heading).toBe(
      'POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS, & USE OF THE DATA',
    );
    expect(result.frontmatter.sections.find((s) => s.key === 'safeguards')?.heading).toBe(
      'SAFEGUARD & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS',
    );
  });

  it('lists the extraction errors found by rule and applies only the reviewed corrections', () => {
    expect(result.report.suspectedExtractionErrors.map((e) => e.text)).toEqual([
      'e.qg.',
      'Suchdisclosure',
      '1AB',
      '1COs',
      'Article |',
    ]);
    expect(result.report.correctionsApplied).toHaveLength(7);
    expect(result.body).toContain('(e.g., to thwart');
    expect(result.body).toContain('Article I of the New York State');
    expect(result.body).not.toMatch(/Suchdisclosure|1AB|1COs/);
  });

  it('rebuilds the column-by-column changes table into its seven printed rows', () => {
    expect(result.frontmatter.changes.map((c) => c.update)).toEqual([
      'Removed statement that facial recognition software does not use artificial intelligence and machine learning.',
      'Expanded upon facial recognition capabilities section.',
      'Expanded upon facial recognition rules of use.',
      'Expanded upon facial recognition safeguard and security measures.',
      'Expanded upon facial recognition data retention.',
      'Expanded upon external entities section.',
      'Minor grammar changes.',
    ]);
    expect(result.frontmatter.changes[6]?.description).toBe('Minor syntax edits were made.');
  });

  it('without the reviewed corrections, keeps the text verbatim and reports the unpaired table cells', () => {
    const bare = importPolicy({ ...fr.input, corrections: null });
    expect(bare.body).toContain('Suchdisclosure');
    expect(bare.report.correctionsApplied).toEqual([]);
    expect(bare.frontmatter.changes).toHaveLength(6);
    expect(bare.report.unassignedText.map((u) => u.text)).toEqual([
      'Added language to reflect the NYPD’s obligations under the local privacy laws.',
      'Minor syntax edits were made.',
    ]);
    expect(bare.report.warnings.some((w) => w.includes('6 "Update" cells but 8'))).toBe(true);
  });
});

describe('the thermographic cameras policy', () => {
  const { result } = tc;

  it('takes title, technology and the printed update date from the cover', () => {
    expect(result.slug).toBe('thermographic-cameras');
    expect(result.frontmatter.title).toBe('Thermographic Cameras: Impact and Use Policy');
    expect(result.frontmatter.updated).toBe('2023-04-11');
    expect(result.frontmatter.posted).toBeUndefined();
  });

  it('reads the addendum dated 2023-04-11', () => {
    expect(result.frontmatter.addenda).toEqual([
      {
        date: '2023-04-11',
        printedDate: 'April 11, 2023',
        description:
          'NYPD is utilizing an autonomous security robot during a six-month pilot program that is capable of transmitting infrared thermal images.',
      },
    ]);
  });

  it('links the superscript footnote markers', () => {
    expect(result.frontmatter.footnotes.map((f) => f.ref)).toEqual([
      'capabilities-p5',
      'capabilities-p7',
      'capabilities-p7',
      'retention-p3',
      'retention-p3',
    ]);
    expect(result.body).toContain("Both the NYPD's manned[^2] and unmanned[^3] aircraft");
  });

  it('removes the running header printed inside the disparate impacts section', () => {
    expect(result.report.removedFurniture).toEqual([
      {
        line: 149,
        text: '**THERMOGRAPHIC CAMERAS:\nIMPACT & USE POLICY**',
        reason: 'running header (the title repeated)',
      },
    ]);
    expect(result.frontmatter.sections.at(-1)?.paragraphs).toBe(3);
  });

  it('keeps the two camera types as an ordered list', () => {
    const caps = parsePolicyBody(result.body).find((s) => s.key === 'capabilities');
    expect(caps?.paragraphs[1]?.items.map((i) => i.text)).toEqual([
      'Thermal Imaging Cameras; and',
      'Infrared Cameras.',
    ]);
  });
});

describe('golden files', () => {
  const golden = join(import.meta.dirname, '__golden__');
  describe.each([
    { slug: 'facial-recognition', result: fr.result },
    { slug: 'thermographic-cameras', result: tc.result },
  ])('$slug', ({ slug, result }) => {
    it.each([
      { name: `${slug}.md`, actual: result.markdown },
      { name: `${slug}.report.json`, actual: `${JSON.stringify(result.report, null, 2)}\n` },
    ])(
      '$name matches the committed golden file (else writes <name>-changed for review)',
      ({ name, actual }) => {
        const path = join(golden, name);
        const changed = path.replace(/(\.[a-z]+)$/, '-changed$1');
        const expected = existsSync(path) ? readFileSync(path, 'utf8') : null;
        if (expected === actual) {
          rmSync(changed, { force: true });
          return;
        }
        writeFileSync(changed, actual);
        expect.fail(
          `${name} differs from its golden file; review ${changed} and, if right, replace the golden file with it`,
        );
      },
    );
  });

  it('the committed content entries are the importer output', () => {
    for (const { slug, result } of [
      { slug: 'facial-recognition', result: fr.result },
      { slug: 'thermographic-cameras', result: tc.result },
    ])
      expect(
        readFileSync(join(import.meta.dirname, '../../content/policies', `${slug}.md`), 'utf8'),
      ).toBe(result.markdown);
  });
});

describe('importPolicy on incomplete or wrong input', () => {
  it('still imports a policy missing a section, and lists it as missing with a warning', () => {
    const text = fr.text.replace(
      /TRAINING\n\nNYPD personnel utilizing[\s\S]*?policies and training\.\n/,
      '',
    );
    const result = importPolicy(textInput('facial-recognition.txt', text, 'facial-recognition'));
    expect(result.frontmatter.missing).toEqual(['training']);
    expect(result.report.sections['training']).toEqual({ found: false, paragraphs: 0 });
    expect(result.report.warnings).toContain('section "training" (TRAINING) not found');
    expect(parsePolicyBody(result.body).map((s) => s.key)).not.toContain('training');
  });

  it('marks a policy without the draft-to-final changes table as a draft', () => {
    const text = tc.text.replace(
      /SUMMARY OF CHANGES[\s\S]*?(?=THERMOGRAPHIC CAMERAS ADDENDUM)/,
      '',
    );
    const result = importPolicy(
      textInput('thermographic-cameras.txt', text, 'thermographic-cameras'),
    );
    expect(result.frontmatter.status).toBe('draft');
    expect(result.frontmatter.changes).toEqual([]);
    expect(result.frontmatter.addenda).toHaveLength(1);
  });

  it('gives the same entry for Windows line ends', () => {
    const crlf = importPolicy({
      ...tc.input,
      lines: linesFromText(tc.text.replace(/\n/g, '\r\n')),
    });
    expect(crlf.markdown).toBe(tc.result.markdown);
  });

  it('leaves its input unchanged and gives the same entry again', () => {
    const input = textInput('facial-recognition.txt', fr.text, 'facial-recognition');
    const before = structuredClone(input);
    const again = importPolicy(input);
    expect(input).toEqual(before);
    expect(again).toEqual(fr.result);
  });

  it('reports a misspelt heading with its suggested correction, which imports it once reviewed', () => {
    const text2 = tc.text.replace('TRAINING\n', 'TRAINNG\n');
    const seen = importPolicy(
      textInput('thermographic-cameras.txt', text2, 'thermographic-cameras'),
    );
    expect(seen.frontmatter.missing).toEqual(['training']);
    expect(seen.report.unknownHeadings).toMatchObject([
      { text: 'TRAINNG', closest: { key: 'training', found: false } },
    ]);
    const suggestion = seen.report.unknownHeadings[0]?.suggestedCorrection;
    expect(suggestion).toMatchObject({ target: 'heading', corrected: 'TRAINING' });
    const lines = linesFromText(text2);
    const fixed = importPolicy({
      ...textInput('thermographic-cameras.txt', text2, 'thermographic-cameras'),
      corrections: { slug: 'thermographic-cameras', corrections: suggestion ? [suggestion] : [] },
    });
    expect(fixed.frontmatter.missing).toEqual([]);
    expect(fixed.report.unknownHeadings).toEqual([]);
    expect(fixed.report.correctionsApplied).toHaveLength(1);
    expect(parsePolicyBody(fixed.body)).toEqual(parsePolicyBody(tc.result.body));
    expect(checkNothingLost(lines, fixed).ok).toBe(true);
    expect(checkNothingLost(lines, seen).ok).toBe(true);
  });

  it('rejects empty text', () => {
    expect(() => importPolicy({ ...fr.input, lines: linesFromText('\n  \n') })).toThrow(
      ImportError,
    );
  });

  it('rejects text without any statutory heading', () => {
    expect(() =>
      importPolicy({ ...fr.input, lines: linesFromText('ABSTRACT\n\nA shopping list.\n') }),
    ).toThrow(/not an Impact and Use Policy/);
  });

  it('rejects a corrections file written for another policy', () => {
    expect(() => importPolicy({ ...tc.input, corrections: fr.input.corrections ?? null })).toThrow(
      /corrections file is for "facial-recognition"/,
    );
  });

  it('identifies the technology from a cover line split over two lines', () => {
    expect(
      identify(
        linesFromText('**LICENSE PLATE READERS:\nIMPACT & USE POLICY**\n\nABSTRACT\n'),
        'x.txt',
      ).slug,
    ).toBe('license-plate-readers');
  });
});

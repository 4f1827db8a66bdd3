import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
  missingAnchors,
  pageIds,
  pageIdsOfBytes,
  policySectionRecords,
  readSectionRecords,
  sectionRecord,
  type PolicySource,
} from './section-records.ts';

const policy: PolicySource = {
  slug: 'facial-recognition',
  technology: 'Facial Recognition',
  status: 'final',
  updated: '2023-04-11',
  body: `## ABSTRACT {#abstract}

Facial recognition compares probe images.[^1]

## CAPABILITIES OF THE TECHNOLOGY {#capabilities}

Known as a probe image, the software compares <images> & photos.

1. first use
2. second use

## POLICIES & PROCEDURES RELATING TO RETENTION, ACCESS & USE OF THE DATA {#retention}

Data is kept as the law requires.
`,
};

describe('policySectionRecords', () => {
  const records = policySectionRecords(policy);

  it('makes one record per section found, in document order, each on its section anchor', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/policies/facial-recognition/#abstract',
      '/policies/facial-recognition/#capabilities',
      '/policies/facial-recognition/#retention',
    ]);
    expect(records[1]?.title).toBe('Facial Recognition: Capabilities');
    expect(records[1]?.page).toBe('/policies/facial-recognition/');
  });

  it('lists the paragraph ids each record links to', () => {
    expect(records[1]?.paragraphs).toEqual(['capabilities-p1', 'capabilities-p2']);
  });

  it('files statutory sections under the section filter and the abstract under none', () => {
    const caps = records[1]!.html;
    expect(caps).toContain('data-pagefind-filter="section[data-value]" data-value="capabilities"');
    // Filter values are identifiers: the policy's slug, not its display name.
    expect(caps).toContain(
      'data-pagefind-filter="technology[data-value]" data-value="facial-recognition"',
    );
    expect(caps).toContain('data-pagefind-filter="kind[data-value]" data-value="policy"');
    expect(caps).toContain('data-pagefind-filter="status[data-value]" data-value="final"');
    expect(caps).toContain('data-pagefind-filter="year[data-value]" data-value="2023"');
    expect(records[0]!.html).not.toContain('data-pagefind-filter="section');
  });

  it('puts each paragraph under a heading whose id is the paragraph id', () => {
    const caps = records[1]!.html;
    expect(caps).toContain(
      '<h2 id="capabilities-p1" data-pagefind-weight="1">¶1</h2><p>Known as a probe image',
    );
    expect(caps).toContain(
      '<h2 id="capabilities-p2" data-pagefind-weight="1">¶2</h2><ol><li>first use</li><li>second use</li></ol>',
    );
  });

  it('escapes the policy text and drops footnote markers', () => {
    expect(records[1]!.html).toContain('compares &lt;images&gt; &amp; photos.');
    expect(records[0]!.html).toContain('<p>Facial recognition compares probe images.</p>');
  });

  it('marks the record body for Pagefind and gives it a title and its policy page as metadata', () => {
    const html = records[2]!.html;
    expect(html).toContain('<main data-pagefind-body>');
    expect(html).toContain(
      '<h1 data-pagefind-meta="title">Facial Recognition: Retention, Access &amp; Use of Data</h1>',
    );
    expect(html).toContain(
      'data-pagefind-meta="page[data-value]" data-value="/policies/facial-recognition/"',
    );
    expect(html).toContain('data-pagefind-meta="section[data-value]" data-value="retention"');
  });

  it('leaves the year out when the policy prints no date', () => {
    const undated = policySectionRecords({ ...policy, updated: undefined });
    expect(undated[1]!.html).not.toContain('year[data-value]');
  });

  it('rejects a slug that cannot be a URL segment', () => {
    expect(() => policySectionRecords({ ...policy, slug: 'Facial Recognition' })).toThrow(
      /policy slug "Facial Recognition" must be lowercase/,
    );
  });

  it('skips a section heading with no paragraphs', () => {
    const empty = policySectionRecords({ ...policy, body: '## TRAINING {#training}\n' });
    expect(empty).toEqual([]);
  });
});

describe('sectionRecord', () => {
  it('titles the abstract "Abstract"', () => {
    const r = sectionRecord(policy, { key: 'abstract', heading: 'ABSTRACT', paragraphs: [] });
    expect(r.title).toBe('Facial Recognition: Abstract');
  });
});

describe('missingAnchors', () => {
  const record = policySectionRecords(policy)[1]!;

  it('is empty when the page holds the section and every paragraph id', () => {
    const html =
      '<h2 id="capabilities">C</h2><div id="capabilities-p1"></div><div id="capabilities-p2"></div>';
    expect(missingAnchors(record, pageIds(html))).toEqual([]);
  });

  it('names the ids the page lacks', () => {
    expect(
      missingAnchors(
        record,
        pageIds('<h2 id="capabilities">C</h2><div id="capabilities-p1"></div>'),
      ),
    ).toEqual(['capabilities-p2']);
  });
});

describe('pageIdsOfBytes', () => {
  it("reads the same ids from a page's UTF-8 bytes as pageIds from its text", () => {
    const html =
      '<h2 id="capabilities">Capacités</h2><p id="capabilities-p1">数据</p>' +
      '<p id="règles-p1">x</p><div id="数据-p2" class="é"></div><span id="😀"></span><a href="/#x">x</a>';
    const ids = pageIdsOfBytes(Buffer.from(html, 'utf8').toString('latin1'));
    expect(ids).toEqual(pageIds(html));
    expect([...ids]).toEqual(['capabilities', 'capabilities-p1', 'règles-p1', '数据-p2', '😀']);
  });
});

describe('readSectionRecords', () => {
  const file = 'dist/search/policy-sections.json';
  const good = { records: policySectionRecords(policy) };

  it('returns the records of a well-formed file', () => {
    expect(readSectionRecords(JSON.parse(JSON.stringify(good)), file)).toHaveLength(3);
  });

  it.each([
    [[], /top level: expected an object with a "records" array/],
    [
      { records: [{ ...good.records[0], title: '' }] },
      /records\[0\]\.title: expected a non-empty string/,
    ],
    [
      { records: [{ ...good.records[0], url: '/elsewhere/#x' }] },
      /records\[0\]\.url: "\/elsewhere\/#x" is not under/,
    ],
    [
      { records: [{ ...good.records[0], paragraphs: [1] }] },
      /records\[0\]\.paragraphs: expected an array/,
    ],
  ])('rejects %j naming the file and field', (json, message) => {
    expect(() => readSectionRecords(json, file)).toThrow(message);
    expect(() => readSectionRecords(json, file)).toThrow(
      /^dist\/search\/policy-sections\.json: .*rebuild the site/,
    );
  });
});

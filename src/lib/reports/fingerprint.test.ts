import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type InputFile,
  checksumText,
  codeVersion,
  dataAsOf,
  fingerprint,
  revisionDates,
} from './fingerprint.ts';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const file = (path: string, content: string, role: InputFile['role'] = 'policy'): InputFile => ({
  path,
  sha256: sha(content),
  bytes: Buffer.byteLength(content),
  role,
});

describe('fingerprint', () => {
  const inputs = [
    file('src/lib/reports/x.ts', 'code', 'code'),
    file('content/policies/b.md', 'b'),
    file('content/policies/a.md', 'a'),
  ];

  it('lists inputs as sha256sum does, sorted by path in byte order', () => {
    expect(checksumText(inputs)).toBe(
      `${sha('a')}  content/policies/a.md\n${sha('b')}  content/policies/b.md\n${sha('code')}  src/lib/reports/x.ts\n`,
    );
    expect(checksumText([file('B', 'x'), file('a', 'y')]).split('\n')[0]).toMatch(/ {2}B$/);
  });

  it('is the SHA-256 of that listing, whatever the order given', () => {
    expect(fingerprint(inputs, sha)).toBe(sha(checksumText(inputs)));
    expect(fingerprint([...inputs].reverse(), sha)).toBe(fingerprint(inputs, sha));
  });

  it('changes when any input changes', () => {
    const changed = [...inputs.slice(0, 2), file('content/policies/a.md', 'a2')];
    expect(fingerprint(changed, sha)).not.toBe(fingerprint(inputs, sha));
  });

  it('refuses a path listed twice and an empty list', () => {
    expect(() => fingerprint([...inputs, file('content/policies/a.md', 'a')], sha)).toThrow(
      'content/policies/a.md is listed twice',
    );
    expect(() => fingerprint([], sha)).toThrow(/at least one input/);
  });

  it('gives a code version from the package version and the code inputs only', () => {
    const v = codeVersion('0.1.0', inputs, sha);
    expect(v).toMatch(/^0\.1\.0\+[0-9a-f]{12}$/);
    const edited = [file('src/lib/reports/x.ts', 'code, edited', 'code'), ...inputs.slice(1)];
    expect(codeVersion('0.1.0', edited, sha)).not.toBe(v);
    expect(codeVersion('0.2.0', inputs, sha)).toBe(`0.2.0+${v.split('+')[1]}`);
    expect(codeVersion('0.1.0', [inputs[0]!, file('other.md', 'data')], sha)).toBe(v);
    expect(() => codeVersion('0.1.0', inputs.slice(1), sha)).toThrow(/no code file/);
  });
});

describe('dataAsOf', () => {
  it('is the latest date among the inputs, with everything dated that day', () => {
    expect(
      dataAsOf([
        { date: '2023-04-11', what: 'addendum' },
        { date: '2026-12-02', what: 'revision of the published figures' },
        { date: '2026-11-21', what: 'entered the portal' },
        { date: '2026-12-02', what: 'another input' },
      ]),
    ).toEqual({
      date: '2026-12-02',
      basis: ['another input', 'revision of the published figures'],
    });
  });

  it('refuses to make up a date when no input is dated', () => {
    expect(() => dataAsOf([])).toThrow(/no dated input/);
  });
});

describe('revisionDates', () => {
  it('reads "revised YYYY-MM-DD" from source titles, once each', () => {
    expect(
      revisionDates([
        'Reference compilation of published claims (revised 2026-12-02): one source per row',
        'Another (revised 2026-12-02)',
        'NYPD export (none received)',
        'revised 2025-01-05',
      ]),
    ).toEqual(['2025-01-05', '2026-12-02']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorrectionsFileSchema } from './corrections.ts';

describe('CorrectionsFileSchema', () => {
  it('requires a reason for each correction', () => {
    const r = CorrectionsFileSchema.safeParse({
      slug: 's',
      corrections: [{ target: 'body', original: 'a', corrected: 'b' }],
    });
    expect(r.success).toBe(false);
  });

  it('refuses an unknown target and an empty original', () => {
    const r = CorrectionsFileSchema.safeParse({
      slug: 's',
      corrections: [
        { target: 'title', original: 'a', corrected: 'b', reason: 'a reason long enough' },
        { target: 'body', original: '', corrected: 'b', reason: 'a reason long enough' },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'corrections.0.target',
      'corrections.1.original',
    ]);
  });

  it('accepts the kept corrections file of the facial recognition policy', () => {
    const json: unknown = JSON.parse(
      readFileSync(
        new URL('../../data/policies/facial-recognition/corrections.json', import.meta.url),
        'utf8',
      ),
    );
    const r = CorrectionsFileSchema.safeParse(json);
    expect(r.success).toBe(true);
    expect(r.data?.slug).toBe('facial-recognition');
  });
});

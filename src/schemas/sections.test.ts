import { describe, expect, it } from 'vitest';
import {
  ParagraphIdSchema,
  SectionKeySchema,
  blockOfParagraphId,
  isParagraphId,
  listItemId,
  paragraphId,
  parseParagraphId,
} from './sections.ts';

describe('the paragraph-id grammar', () => {
  it.each([
    ['rules-p1', { key: 'rules', n: 1 }],
    ['abstract-p2', { key: 'abstract', n: 2 }],
    ['public-access-p3-1', { key: 'public-access', n: 3, item: 1 }],
    ['disparate-impacts-p12-10', { key: 'disparate-impacts', n: 12, item: 10 }],
  ])('reads %s', (id, parsed) => {
    expect(parseParagraphId(id)).toEqual(parsed);
    expect(isParagraphId(id)).toBe(true);
    expect(ParagraphIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['bogus-p1', 'a key that is no section'],
    ['rules-p0', 'paragraph 0'],
    ['rules-p1-0', 'list item 0'],
    ['rules-p01', 'a leading zero'],
    ['rules-p1-01', 'a leading zero in the item'],
    ['rules-p', 'no number'],
    ['rules', 'a section anchor, not a paragraph'],
    ['Rules-p1', 'an upper-case key'],
    ['rules-p1-2-3', 'a third number'],
    ['changes', 'a table anchor'],
    ['', 'nothing'],
  ])('refuses %j (%s), naming the grammar', (id) => {
    expect(parseParagraphId(id)).toBeNull();
    expect(isParagraphId(id)).toBe(false);
    const r = ParagraphIdSchema.safeParse(id);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/"<key>-p<n>".*section key \(capabilities, rules,/);
  });

  it('writes ids that it reads back, and only from 1', () => {
    expect(paragraphId('retention', 2)).toBe('retention-p2');
    expect(listItemId('rules', 3, 1)).toBe('rules-p3-1');
    expect(parseParagraphId(listItemId('external-entities', 4, 2))).toEqual({
      key: 'external-entities',
      n: 4,
      item: 2,
    });
    expect(() => paragraphId('rules', 0)).toThrow(RangeError);
    expect(() => listItemId('rules', 1, 0)).toThrow(RangeError);
    expect(() => paragraphId('rules', 1.5)).toThrow(RangeError);
  });

  it('maps a list item to its numbered block', () => {
    expect(blockOfParagraphId('rules-p3-2')).toBe('rules-p3');
    expect(blockOfParagraphId('rules-p3')).toBe('rules-p3');
    expect(blockOfParagraphId('bogus-p3-2')).toBeNull();
  });
});

describe('section keys', () => {
  it('accepts the ten statutory keys and nothing else', () => {
    expect(SectionKeySchema.options).toHaveLength(10);
    expect(SectionKeySchema.safeParse('external-entities').success).toBe(true);
    expect(SectionKeySchema.safeParse('abstract').success).toBe(false);
    expect(SectionKeySchema.safeParse('rule').success).toBe(false);
  });
});

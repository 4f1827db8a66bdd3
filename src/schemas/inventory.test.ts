import { describe, expect, it } from 'vitest';
import { InventoryRowSchema, isUncertain } from './inventory.ts';

const row = {
  line: 7,
  title: 'CELL-SITE SIMULATORS',
  status_seen: 'revised',
  date_seen: '2023-11-24',
  certainty: 'uncertain (file name cited by a third party)',
  source: 'third-party citation of the NYPD post-final PDF',
};

describe('InventoryRowSchema', () => {
  it('accepts a row, an empty date and a confirmed certainty', () => {
    expect(InventoryRowSchema.parse(row)).toEqual(row);
    expect(
      InventoryRowSchema.safeParse({ ...row, date_seen: '', certainty: 'confirmed' }).success,
    ).toBe(true);
  });

  it('refuses an impossible date, an unknown certainty and an unexpected column', () => {
    const r = InventoryRowSchema.safeParse({
      ...row,
      date_seen: '2023-02-30',
      certainty: 'probably',
      notes: 'x',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.') || i.code)).toEqual(
      expect.arrayContaining(['date_seen', 'certainty']),
    );
  });

  it('tells an uncertain row', () => {
    expect(isUncertain(row)).toBe(true);
    expect(isUncertain({ certainty: 'confirmed (named in footnote 1)' })).toBe(false);
  });
});

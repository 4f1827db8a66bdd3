import { readFileSync, readdirSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import dataText from '../../i18n/messages/policy-data-text.ts';
import { dataTextIn } from './data-text.ts';

const root = new URL('../../../', import.meta.url);

/** Every descriptive text the pages show from data/: inventory statuses, certainties, source descriptions; publication sources. */
function dataTexts(): string[] {
  const [, ...rows] = csvParseRows(
    readFileSync(new URL('data/inventory/nypd-policy-inventory.csv', root), 'utf8'),
  );
  const texts = rows.flatMap(([, status = '', , certainty = '', source = '']) => [
    status,
    certainty,
    ...(/^https?:|^policies\//.test(source) ? [] : [source]),
  ]);
  const dir = new URL('data/policies/', root);
  for (const slug of readdirSync(dir)) {
    const pub = JSON.parse(readFileSync(new URL(`${slug}/publication.json`, dir), 'utf8')) as {
      nypdPage: { source: string };
      pdf: { source: string } | null;
    };
    texts.push(pub.nypdPage.source, ...(pub.pdf ? [pub.pdf.source] : []));
  }
  return [...new Set(texts.filter(Boolean))];
}

describe('dataTextIn', () => {
  it('translates a known text and flags an unknown one as English', () => {
    expect(dataTextIn('draft for public comment', 'es')).toEqual({
      text: 'borrador sometido a comentarios del público',
      english: false,
    });
    expect(dataTextIn('a new note', 'es')).toEqual({ text: 'a new note', english: true });
    expect(dataTextIn('revised', 'ko')).toEqual({ text: '개정됨', english: false });
    expect(dataTextIn('a new note', 'ar')).toEqual({ text: 'a new note', english: true });
    expect(dataTextIn('revised')).toEqual({ text: 'revised', english: false });
  });

  it('has every descriptive text in data/ in every language, and nothing else', () => {
    const texts = dataTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const l of LOCALES)
      expect(
        texts.filter((x) => dataTextIn(x, l.code).english),
        l.code,
      ).toEqual([]);
    expect(Object.keys(dataText.messages.en).sort()).toEqual([...texts].sort());
    for (const [k, v] of Object.entries(dataText.messages.en)) expect(v).toBe(k);
  });
});

/**
 * The known technologies for /policies/: the `inventory` collection
 * (data/inventory/nypd-policy-inventory.csv) joined with the imported
 * policies (src/data/known-technologies.ts). Rendering-side glue only: pages
 * never read data/ directly.
 */
import { getCollection } from 'astro:content';
import { parsePolicyBody } from '../lib/policy/body.ts';
import { lastPrintedDate } from '../lib/policy/dates.ts';
import { type KnownTechnologies, knownTechnologies } from './known-technologies.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/** Every known technology with what the portal holds of it, and the counts (labels in `locale`). */
export async function loadKnownTechnologies(
  locale: Locale = DEFAULT_LOCALE,
): Promise<KnownTechnologies> {
  const rows = (await getCollection('inventory')).map((e) => e.data);
  if (rows.length === 0)
    throw new Error(
      'data/inventory/nypd-policy-inventory.csv: no rows loaded. Fix: restore the file from the reference compilation (see README, "Where the data comes from").',
    );
  const policies = (await getCollection('policies')).map((p) => {
    const printed = lastPrintedDate(p.data);
    return {
      slug: p.id,
      technology: p.data.technology,
      status: p.data.status,
      ...(printed ? { printedDate: printed.date } : {}),
      sourceFile: p.data.source.file,
      footnotes: p.data.footnotes,
      paragraphs: parsePolicyBody(p.body ?? '').flatMap((s) =>
        s.paragraphs.map((x) => ({ id: x.id, text: x.text })),
      ),
    };
  });
  return knownTechnologies(rows, policies, locale);
}

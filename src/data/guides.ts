/**
 * The editorial guides (`guides` collection, content/guides/*.mdx) for the
 * pages that render them. A guide holds the prose; its page supplies the
 * components it uses (by name, through `components`) and the figures it
 * quotes (through `data`, read in the MDX as `props.data.<name>`).
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { missingGuideValues } from './guide-values.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * A guide's frontmatter and its rendered content, with the values its page
 * gives it. The build fails when the guide reads a `props.data.<name>` the
 * page does not provide, instead of rendering nothing where a figure should be.
 *
 * In another language, the guide's translation (`content/guides/<lang>/<id>.mdx`)
 * when there is one; otherwise the English guide with `translated: false`,
 * and the page shows the "not yet translated" notice (BaseLayout's
 * `untranslated`) and marks the guide `lang="en"` (`guide.lang`).
 */
export async function loadGuide<T extends Record<string, unknown>>(
  id: string,
  data: T,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{
  guide: CollectionEntry<'guides'>['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  data: T;
  translated: boolean;
}> {
  if (locale !== DEFAULT_LOCALE) {
    const translation = await getEntry('guides', `${locale}/${id}`);
    if (translation) {
      if (translation.data.translationOf !== id) {
        throw new Error(
          `${translation.filePath ?? `content/guides/${locale}/${id}.mdx`}: translationOf is "${translation.data.translationOf ?? ''}", expected "${id}". Fix: name the original guide's id.`,
        );
      }
      const loaded = await loadEntry(translation, id, data);
      return { ...loaded, translated: true };
    }
  }
  const entry = await getEntry('guides', id);
  if (!entry) {
    throw new Error(
      `content/guides/${id}.mdx: not found (the guides collection has no entry "${id}"). Fix: restore the file or fix the id in the page.`,
    );
  }
  const loaded = await loadEntry(entry, id, data);
  return { ...loaded, translated: locale === DEFAULT_LOCALE };
}

async function loadEntry<T extends Record<string, unknown>>(
  entry: CollectionEntry<'guides'>,
  id: string,
  data: T,
) {
  const missing = missingGuideValues(entry.body ?? '', data);
  if (missing.length > 0) {
    throw new Error(
      `${entry.filePath ?? `content/guides/${id}.mdx`}: reads ${missing.map((m) => `props.data.${m}`).join(', ')}, which its page does not provide (it provides ${Object.keys(data).join(', ') || 'nothing'}). Fix the name in the guide, or add the value in the page.`,
    );
  }
  const { Content } = await render(entry);
  return { guide: entry.data, Content, data };
}

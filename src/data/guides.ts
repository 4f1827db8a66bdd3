/**
 * The editorial guides (`guides` collection, content/guides/*.mdx) for the
 * pages that render them. A guide holds the prose; its page supplies the
 * components it uses (by name, through `components`) and the figures it
 * quotes (through `data`, read in the MDX as `props.data.<name>`).
 */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { missingGuideValues } from './guide-values.ts';

/**
 * A guide's frontmatter and its rendered content, with the values its page
 * gives it. The build fails when the guide reads a `props.data.<name>` the
 * page does not provide, instead of rendering nothing where a figure should be.
 */
export async function loadGuide<T extends Record<string, unknown>>(
  id: string,
  data: T,
): Promise<{
  guide: CollectionEntry<'guides'>['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  data: T;
}> {
  const entry = await getEntry('guides', id);
  if (!entry) {
    throw new Error(
      `content/guides/${id}.mdx: not found (the guides collection has no entry "${id}"). Fix: restore the file or fix the id in the page.`,
    );
  }
  const missing = missingGuideValues(entry.body ?? '', data);
  if (missing.length > 0) {
    throw new Error(
      `${entry.filePath ?? `content/guides/${id}.mdx`}: reads ${missing.map((m) => `props.data.${m}`).join(', ')}, which its page does not provide (it provides ${Object.keys(data).join(', ') || 'nothing'}). Fix the name in the guide, or add the value in the page.`,
    );
  }
  const { Content } = await render(entry);
  return { guide: entry.data, Content, data };
}

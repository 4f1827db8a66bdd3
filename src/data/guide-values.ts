/**
 * Which values a guide reads from its page: the `props.data.<name>` references
 * in its MDX source. Pure, so that the check is tested without Astro.
 */

/** Names read as `props.data.<name>` in an MDX source, each once, in order. */
export function guideValueNames(mdx: string): string[] {
  const names = [...mdx.matchAll(/\bprops\.data\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1] as string);
  return [...new Set(names)];
}

/** The names a guide reads that `values` does not provide. */
export function missingGuideValues(mdx: string, values: object): string[] {
  return guideValueNames(mdx).filter((name) => !Object.hasOwn(values, name));
}

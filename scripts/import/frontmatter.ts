import { type ScalarTag, stringify } from 'yaml';

/**
 * Strings holding U+2028/U+2029 stay escaped: a YAML 1.1 reader takes them
 * for line breaks (YAML 1.2 readers, Astro's included, read either form).
 */
const lineSeparatorString: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  identify: (value) => typeof value === 'string' && /[\u2028\u2029]/.test(value),
  resolve: (source) => source,
  stringify: ({ value }) =>
    JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
};

/**
 * Serialises frontmatter as YAML with the `yaml` package, deterministically:
 * keys in insertion order, block mappings and sequences (`[]` when empty),
 * every string double-quoted with JSON escapes and never folded, undefined
 * values left out.
 */
export function stringifyFrontmatter(data: object): string {
  return stringify(data, {
    customTags: (tags) => [lineSeparatorString, ...tags],
    defaultKeyType: 'PLAIN',
    defaultStringType: 'QUOTE_DOUBLE',
    doubleQuotedAsJSON: true,
    lineWidth: 0,
  });
}

/** A Markdown file with YAML frontmatter. */
export function withFrontmatter(data: object, body: string): string {
  return `---\n${stringifyFrontmatter(data)}---\n\n${body}`;
}

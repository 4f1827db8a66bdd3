type Yaml = string | number | boolean | null | undefined | Yaml[] | { [k: string]: Yaml };

function scalar(v: string | number | boolean | null): string {
  if (typeof v === 'string')
    return JSON.stringify(v)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  return JSON.stringify(v);
}

function isObject(v: Yaml): v is { [k: string]: Yaml } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lines(value: Yaml, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [' []'];
    const out: string[] = [''];
    for (const item of value) {
      const inner = lines(item, `${indent}  `);
      if (isObject(item)) {
        const [first, ...rest] = inner.slice(1);
        out.push(`${indent}- ${(first ?? '').trimStart()}`, ...rest);
      } else out.push(`${indent}-${inner[0] ?? ''}`);
    }
    return out;
  }
  if (isObject(value)) {
    const out: string[] = [''];
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const inner = lines(v, `${indent}  `);
      out.push(`${indent}${k}:${inner[0] ?? ''}`, ...inner.slice(1));
    }
    return out;
  }
  return [` ${scalar(value ?? null)}`];
}

/**
 * Serialises frontmatter as YAML deterministically: keys in insertion order,
 * block mappings and sequences, every scalar JSON-quoted (a valid YAML
 * double-quoted scalar), undefined values left out.
 */
export function toYaml(value: { [k: string]: Yaml }): string {
  return `${lines(value, '').slice(1).join('\n')}\n`;
}

/** A Markdown file with YAML frontmatter. */
export function withFrontmatter(frontmatter: { [k: string]: Yaml }, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}`;
}

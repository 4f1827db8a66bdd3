/** Where in an input a problem was found: file, 1-based line, column name. */
export interface InputLocation {
  file: string;
  line?: number;
  column?: string;
}

/**
 * Bad input to the aggregation: names the file, line and column, what is
 * wrong and how to fix it. The CLI prints `message` and exits non-zero.
 */
export class StatsInputError extends Error {
  readonly location: InputLocation;
  readonly problem: string;
  readonly fix: string;

  constructor(location: InputLocation, problem: string, fix: string) {
    super(formatInputError(location, problem, fix));
    this.name = 'StatsInputError';
    this.location = location;
    this.problem = problem;
    this.fix = fix;
  }
}

/** `file:line, column "c": problem. Fix: ...` */
export function formatInputError(location: InputLocation, problem: string, fix: string): string {
  const where = [
    location.line === undefined ? location.file : `${location.file}:${location.line}`,
    location.column === undefined ? null : `column "${location.column}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem}. Fix: ${fix}`;
}

/** Characters a message escapes: controls, line and paragraph separators, bidi and zero-width marks. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A value as a message quotes it: in double quotes, at most `max` characters
 * (then "…" and the full length), control and invisible characters escaped
 * as \uXXXX, quotes and backslashes escaped.
 */
export function describeValue(value: string, max = 40): string {
  const chars = [...value];
  const shown = chars.slice(0, max).join('');
  const escaped = shown
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return chars.length > max ? `"${escaped}…" (${chars.length} characters)` : `"${escaped}"`;
}

/** A list of allowed values as a message gives it: at most `max`, then how many more. */
export function describeAllowed(values: readonly string[], max = 30): string {
  if (values.length === 0) return 'none (the list is empty)';
  const shown = values.slice(0, max).map((v) => describeValue(v));
  return values.length > max
    ? `${shown.join(', ')} and ${values.length - max} more`
    : shown.join(', ');
}

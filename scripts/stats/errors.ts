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

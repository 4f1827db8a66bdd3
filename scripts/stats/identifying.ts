/** Kinds of identifying column the aggregation refuses unless they are dropped first. */
export type IdentifyingKind =
  | 'person name'
  | 'date of birth'
  | 'address'
  | 'plate number'
  | 'NYSID or similar personal identifier'
  | 'case or complaint number'
  | 'free text'
  | 'coordinates'
  | 'timestamp finer than a day'
  | 'contact details';

/** Column-name patterns, matched against the name lower-cased with non-letters as `_`. */
const NAME_PATTERNS: [IdentifyingKind, RegExp][] = [
  ['date of birth', /(^|_)(dob|birth|birthdate|birth_date|date_of_birth|birthday)(_|$)/],
  [
    'person name',
    /(^|_)(name|names|firstname|first_name|lastname|last_name|surname|fullname|full_name|requester|requestor|officer|subject|suspect|victim|complainant)(_|$)/,
  ],
  [
    'address',
    /(^|_)(address|addr|street|street_address|apt|apartment|zip|zipcode|zip_code|postcode|postal_code)(_|$)/,
  ],
  ['plate number', /(^|_)(plate|plates|plate_number|license_plate|licence_plate|vin)(_|$)/],
  [
    'NYSID or similar personal identifier',
    /(^|_)(nysid|ssn|social_security|fbi_number|b_number)(_|$)/,
  ],
  [
    'case or complaint number',
    /(^|_)(case|case_number|case_no|case_id|complaint|complaint_number|complaint_no|cmplnt|cmplnt_num|incident_number|arrest_number|arrest_key|docket|indictment)(_|$)/,
  ],
  [
    'free text',
    /(^|_)(narrative|description|notes|note|comment|comments|remarks|details|free_text|text|summary)(_|$)/,
  ],
  [
    'coordinates',
    /(^|_)(lat|latitude|lon|lng|long|longitude|coord|coords|coordinates|x_coord|y_coord|x_coordinate|y_coordinate|geom|geometry|location|geolocation)(_|$)/,
  ],
  [
    'timestamp finer than a day',
    /(^|_)(time|timestamp|datetime|date_time|hour|minute|second)(_|$)/,
  ],
  ['contact details', /(^|_)(email|e_mail|phone|telephone|mobile)(_|$)/],
];

/** Value patterns; a column is refused when at least half its sampled non-empty values match. */
const VALUE_PATTERNS: [IdentifyingKind, RegExp][] = [
  ['timestamp finer than a day', /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}/],
  ['timestamp finer than a day', /^\d{1,2}:\d{2}(:\d{2})?(\s?[AaPp][Mm])?$/],
  ['coordinates', /^-?\d{1,3}\.\d{4,}$/],
  ['coordinates', /^\(?-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}\)?$/],
  ['NYSID or similar personal identifier', /^\d{7,8}[A-Z]$/],
  ['plate number', /^(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}$/],
  ['date of birth', /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/],
  [
    'address',
    /^\d+[A-Z]?(-\d+)?\s+([A-Za-z0-9.]+\s+)+(st|street|ave|avenue|rd|road|blvd|boulevard|pl|place|ln|lane|dr|drive|way|pkwy|parkway|ct|court|ter|terrace)\b\.?/i,
  ],
  ['contact details', /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i],
  ['contact details', /^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/],
  ['person name', /^[A-Z][a-z'-]+,\s*[A-Z][a-z'-]+(\s+[A-Z][a-z'-]*\.?)?$/],
];

/** What is known about one input column when checking it. */
export interface ColumnSample {
  name: string;
  /** Declared type; `date` columns may hold dates (not timestamps). */
  type: string;
  /** True when the descriptor restricts the column to a list of values. */
  enumerated: boolean;
  /** Sampled values in file order; index 0 is the first data row (line 2). */
  values: string[];
}

/** An identifying column found in an input. */
export interface IdentifyingFinding {
  column: string;
  kind: IdentifyingKind;
  by: 'name' | 'values';
  /** 1-based file line of the first matching value (value checks only). */
  line?: number;
}

/** The identifying kind a column name suggests, or null. */
export function identifyingKindByName(name: string): IdentifyingKind | null {
  const norm = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  for (const [kind, re] of NAME_PATTERNS) if (re.test(norm)) return kind;
  return null;
}

/** The identifying kind most sampled values of a column look like, with its first line, or null. */
export function identifyingKindByValues(
  sample: ColumnSample,
): { kind: IdentifyingKind; line: number } | null {
  const values = sample.values.map((v, i) => ({ v: v.trim(), i })).filter((x) => x.v !== '');
  if (values.length === 0) return null;
  for (const [kind, re] of VALUE_PATTERNS) {
    if (sample.type === 'date' && kind === 'date of birth') continue;
    if (sample.enumerated && kind !== 'timestamp finer than a day') continue;
    const hits = values.filter((x) => re.test(x.v));
    if (hits.length > 0 && hits.length * 2 >= values.length) {
      return { kind, line: hits[0]!.i + 2 };
    }
  }
  if (!sample.enumerated && sample.type === 'string') {
    const long = values.filter((x) => x.v.length > 60 || x.v.split(/\s+/).length >= 8);
    if (long.length > 0 && long.length * 2 >= values.length) {
      return { kind: 'free text', line: long[0]!.i + 2 };
    }
  }
  return null;
}

/**
 * Every identifying column of an input that the descriptor does not declare
 * dropped before aggregation, found by its name or by its values.
 */
export function findIdentifyingColumns(
  columns: ColumnSample[],
  dropped: ReadonlySet<string>,
): IdentifyingFinding[] {
  const findings: IdentifyingFinding[] = [];
  for (const col of columns) {
    if (dropped.has(col.name)) continue;
    const byName = identifyingKindByName(col.name);
    if (byName) {
      findings.push({ column: col.name, kind: byName, by: 'name' });
      continue;
    }
    const byValues = identifyingKindByValues(col);
    if (byValues)
      findings.push({ column: col.name, kind: byValues.kind, by: 'values', line: byValues.line });
  }
  return findings;
}

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

/** Value patterns: a value matching one looks like identifying data. */
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

/**
 * The pattern that a number column's values are scanned for in SQL (every
 * row, in the same pass as the other value checks): a number with four or
 * more decimals in the range of a latitude or longitude.
 */
export const COORDINATE_SQL_PATTERN = '-?[0-9]{1,3}\\.[0-9]{4,}';

/**
 * The identifying kind one value looks like, or null. A plain date is not
 * identifying in a column declared as a date. Long or many-word text is free
 * text.
 */
export function identifyingKindOfValue(value: string, type: string): IdentifyingKind | null {
  const v = value.trim();
  if (v === '') return null;
  for (const [kind, re] of VALUE_PATTERNS) {
    if (type === 'date' && kind === 'date of birth') continue;
    if (re.test(v)) return kind;
  }
  if (v.length > 60 || v.split(/\s+/).length >= 8) return 'free text';
  return null;
}

/** An identifying column found in an input by its name. */
export interface IdentifyingFinding {
  column: string;
  kind: IdentifyingKind;
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

/**
 * Every column of an input whose name suggests identifying data and that the
 * descriptor does not declare dropped before aggregation. (Values are checked
 * row by row, in every row, by the value checks: see value-checks.ts.)
 */
export function findIdentifyingColumns(
  columns: readonly string[],
  dropped: ReadonlySet<string>,
): IdentifyingFinding[] {
  return columns.flatMap((column) => {
    if (dropped.has(column)) return [];
    const kind = identifyingKindByName(column);
    return kind ? [{ column, kind }] : [];
  });
}

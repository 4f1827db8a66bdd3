import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from './engine.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL = JSON.parse(readFileSync(path.join(ROOT, 'data/stats/datapackage.json'), 'utf8')) as {
  resources: {
    name: string;
    path: string;
    'x-pp': Record<string, unknown>;
    schema: { fields: { name: string }[] };
  }[];
  'x-pp': { technologies: { extra: string[] } };
};

let dir: string;

/** A fixture data package: the real descriptor's record-level resources, tech list alpha/beta. */
function fixture(
  name: string,
  files: Record<string, string>,
  edit: (pkg: typeof REAL) => void = () => {},
): { descriptor: string; policies: string } {
  const d = path.join(dir, name);
  mkdirSync(path.join(d, 'records'), { recursive: true });
  mkdirSync(path.join(d, 'policies'), { recursive: true });
  writeFileSync(path.join(d, 'policies', 'alpha.md'), '');
  writeFileSync(path.join(d, 'policies', 'beta.md'), '');
  const pkg = structuredClone(REAL);
  pkg.resources = pkg.resources.filter((r) => r['x-pp']['kind'] === 'records');
  edit(pkg);
  writeFileSync(path.join(d, 'datapackage.json'), JSON.stringify(pkg));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    writeFileSync(path.join(d, f), text);
  }
  return { descriptor: path.join(d, 'datapackage.json'), policies: path.join(d, 'policies') };
}

const run = (f: { descriptor: string; policies: string }, threads = 1) =>
  aggregate({
    root: dir,
    descriptor: f.descriptor,
    policiesDir: f.policies,
    sqlDir: path.join(ROOT, 'scripts/stats/sql'),
    threads,
    buildDate: BUILD_DATE,
  });

/** The build date the tests inject: dates after it are refused. */
const BUILD_DATE = '2025-06-30';

const HEADER = 'record_id,date,technology,purpose,offense_type,outcome,borough';
function usageRows(spec: [string, string, string, string, string, number][]): string {
  const lines = [HEADER];
  let id = 0;
  for (const [date, tech, purpose, outcome, borough, n] of spec) {
    for (let i = 0; i < n; i++)
      lines.push(`R${id++},${date},${tech},${purpose},,${outcome},${borough}`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pp-stats-engine-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('aggregate on fixtures', () => {
  it('reports declared datasets without a file as having no records', async () => {
    const out = await run(fixture('empty', {}));
    for (const name of ['usage-log.json', 'disclosures.json', 'foil-requests.json']) {
      expect(out.get(name)).toMatchObject({
        status: 'no-records',
        tables: [],
        provenance: { rowsRead: 0 },
      });
    }
  });

  it('counts uses by month and outcome as computed by hand, with suppression', async () => {
    // alpha: Jan 12 match + 3 no-match (Jan 31 and Jan 1 are one month); Feb 15 + 20; Mar 11 + 30.
    // beta: Apr 25 match.
    const csv = usageRows([
      ['2024-01-01', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 6],
      ['2024-01-31', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 6],
      ['2024-01-15', 'alpha', 'missing person', 'no-match', 'Queens', 3],
      ['2024-02-10', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 15],
      ['2024-02-11', 'alpha', 'criminal investigation', 'no-match', 'Queens', 20],
      ['2024-03-01', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 11],
      ['2024-03-02', 'alpha', 'criminal investigation', 'no-match', 'Queens', 30],
      ['2024-04-30', 'beta', 'criminal investigation', 'possible-match', 'Brooklyn', 25],
    ]);
    const out = await run(fixture('usage', { 'records/usage-log.csv': csv }));
    const doc = out.get('usage-log.json')!;
    expect(doc.status).toBe('published');
    expect(doc.provenance).toMatchObject({
      rowsRead: 116,
      rowsUsed: 116,
      droppedColumns: ['record_id'],
    });
    expect(doc.provenance.inputs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const t = doc.tables.find((x) => x.id === 'usage-by-period-alpha')!;
    expect(t.rows).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(t.cols).toEqual(['no-match', 'possible-match']);
    // Raw: [[3,12],[20,15],[30,11]]. 3 is primary; row 2024-01 then hides 12;
    // column no-match hides 20 (smallest other), column possible-match hides 11;
    // rows 2024-02 and 2024-03 then hold one each, hiding 15 and 30.
    expect(t.cells.map((r) => r.map((c) => c.value))).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(t.rowTotals!.map((c) => c.value)).toEqual([15, 35, 41]);
    expect(t.colTotals!.map((c) => c.value)).toEqual([53, 38]);
    expect(t.total.value).toBe(91);
    const beta = doc.tables.find((x) => x.id === 'usage-by-period-beta')!;
    expect(beta.cells).toEqual([[{ value: 25, status: 'published' }]]);
    const purpose = doc.tables.find((x) => x.id === 'usage-by-purpose-alpha')!;
    expect(purpose.rows).toEqual(['criminal investigation', 'missing person']);
    expect(purpose.cols).toEqual(['Bronx', 'Queens']);
    // Raw: [[38,50],[0,3]]. 3 is primary, and so is its row total (3); the row
    // totals (88, 3) against the grand total 91 then hide 88; column Queens
    // (53) hides 50. 38 and 0 stay published: 3 is not recoverable (only
    // 50 + 3 = 53 is known).
    expect(purpose.cells.map((r) => r.map((c) => c.value))).toEqual([
      [38, null],
      [0, null],
    ]);
    expect(purpose.rowTotals!.map((c) => c.status)).toEqual(['suppressed', 'suppressed']);
    expect(purpose.colTotals!.map((c) => c.value)).toEqual([38, 53]);
    expect(purpose.total.value).toBe(91);
    expect(doc.tables[0]!.sql.file).toMatch(/usage-by-period\.sql$/);
    expect(doc.provenance.cellsSuppressed).toBe(10);
  });

  it('coarsens dates to the quarter and applies the dataset threshold', async () => {
    const lines = ['request_id,received,acknowledged,closed,technology,outcome'];
    const add = (n: number, received: string, closed: string, outcome: string) => {
      for (let i = 0; i < n; i++) lines.push(`F${lines.length},${received},,${closed},,${outcome}`);
    };
    add(4, '2024-01-02', '2024-01-12', 'granted'); // 10 days
    add(4, '2024-03-31', '2024-04-30', 'denied'); // 30 days
    add(3, '2024-04-01', '', 'open');
    const f = fixture('foil', { 'records/foil-requests.csv': `${lines.join('\n')}\n` }, (pkg) => {
      const r = pkg.resources.find((x) => x.name === 'foil-requests')!;
      r['x-pp']['threshold'] = 3;
    });
    const doc = (await run(f)).get('foil-requests.json')!;
    expect(doc.threshold).toBe(3);
    const t = doc.tables.find((x) => x.statistic === 'foil-requests-by-outcome')!;
    expect(t.rows).toEqual(['2024-Q1', '2024-Q2']);
    expect(t.cols).toEqual(['denied', 'granted', 'open']);
    expect(t.cells.map((r) => r.map((c) => c.value))).toEqual([
      [4, 4, 0],
      [0, 0, 3],
    ]);
    const m = doc.measures[0]!;
    // Q1: 4 requests of 10 days and 4 of 30 (threshold 3): median 20, no count beside it.
    expect(m.rows).toEqual([{ period: '2024-Q1', median: 20, status: 'published' }]);
    expect(doc.provenance.excluded).toEqual([
      expect.objectContaining({ rows: 3, reason: expect.stringMatching(/^foil-days-to-respond/) }),
    ]);
  });
});

describe('aggregate refuses bad input with file, line, column and fix', () => {
  const good = usageRows([
    ['2024-01-01', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 2],
  ]);
  it.each([
    [
      'a malformed row',
      `${good}R9,2024-01-01,alpha,x,,no-match,Bronx,extra\n`,
      /records\/usage-log\.csv:4.*the row cannot be read/,
    ],
    [
      'a wrong type',
      good.replace('2024-01-01', '01/01/2024'),
      /usage-log\.csv:2, column "date": expected a date as YYYY-MM-DD\. Fix:/,
    ],
    [
      'an unknown technology',
      good.replace(',alpha,', ',drones,'),
      /usage-log\.csv:2, column "technology": unknown technology: "drones"; allowed: "alpha", "beta"\. Fix: use a policy slug/,
    ],
    [
      'a value outside the declared list',
      good.replace('possible-match', 'hit'),
      /usage-log\.csv:2, column "outcome": the value is not in the column's closed vocabulary: "hit"; allowed: "possible-match", "no-match", "not-processed", "other"\. Fix:/,
    ],
    [
      'a duplicate key',
      good.replace('R1,', 'R0,'),
      /usage-log\.csv:3, column "record_id": duplicate key: the same record_id as line 2/,
    ],
    [
      'a file not matching its descriptor',
      good.replace(HEADER, HEADER.replace('borough', 'precinct')),
      /usage-log\.csv:1: the header does not match the descriptor \(missing "borough"; not declared "precinct"\)/,
    ],
    [
      'a timestamp in the date column',
      good.replaceAll('2024-01-01', '2024-01-01 10:30'),
      /usage-log\.csv:2, column "date": the value looks like identifying data \(timestamp finer than a day\)\. Fix: remove the value/,
    ],
  ])('stops at %s', async (_kind, csv, message) => {
    await expect(
      run(fixture(`bad-${_kind.replaceAll(' ', '-')}`, { 'records/usage-log.csv': csv })),
    ).rejects.toThrow(message);
  });

  it('names the exact first bad line deep in a large file', async () => {
    const lines = usageRows([
      ['2024-01-01', 'alpha', 'criminal investigation', 'possible-match', 'Bronx', 60000],
    ]).split('\n');
    lines[40000] = lines[40000]!.replace('2024-01-01', '2024-02-30');
    lines[50000] = lines[50000]!.replace('alpha', 'gamma');
    const f = fixture('deep', { 'records/usage-log.csv': lines.join('\n') });
    // Two threads, as in production: the message must name the first bad line, not another.
    await expect(run(f, 2)).rejects.toThrow(/usage-log\.csv:40001, column "date": expected a date/);
  });

  it('stops at a FOIL request closed before it was received', async () => {
    const csv =
      'request_id,received,acknowledged,closed,technology,outcome\nF1,2024-02-01,,2024-01-31,,denied\n';
    await expect(run(fixture('foil-order', { 'records/foil-requests.csv': csv }))).rejects.toThrow(
      /foil-requests\.csv:2, column "closed": the date is earlier than "received" of the same row\. Fix:/,
    );
  });

  it('stops at a negative count', async () => {
    const f = fixture(
      'negative',
      {
        'records/usage-log.csv': `${HEADER},images\nR1,2024-01-01,alpha,missing person,,no-match,Bronx,-2\n`,
      },
      (pkg) => {
        const r = pkg.resources.find((x) => x.name === 'usage-log')!;
        r.schema.fields.push({
          name: 'images',
          type: 'integer',
          constraints: { minimum: 0 },
        } as never);
      },
    );
    await expect(run(f)).rejects.toThrow(
      /usage-log\.csv:2, column "images": the value is below 0 \(a negative count\)\. Fix: counts cannot be negative/,
    );
  });

  it.each([
    ['officer_name', 'person name'],
    ['plate', 'plate number'],
    ['complaint_number', 'case or complaint number'],
    ['latitude', 'coordinates'],
  ])(
    'refuses an identifying column named %s (%s) unless declared dropped',
    async (column, kind) => {
      // The column holds a declared, harmless value: only its name is identifying.
      const csv = `${HEADER},${column}\nR1,2024-01-01,alpha,missing person,,no-match,Bronx,redacted\n`;
      const add = (drop: boolean) => (pkg: typeof REAL) => {
        const r = pkg.resources.find((x) => x.name === 'usage-log')!;
        r.schema.fields.push({
          name: column,
          type: 'string',
          constraints: { enum: ['redacted'] },
        } as never);
        if (drop) (r['x-pp']['dropBeforeAggregation'] as string[]).push(column);
      };
      await expect(
        run(fixture(`id-${column}`, { 'records/usage-log.csv': csv }, add(false))),
      ).rejects.toThrow(
        new RegExp(
          `column "${column}": the column name suggests identifying data \\(${kind}\\)\\. Fix: remove the column`,
        ),
      );
      const out = await run(
        fixture(`id-${column}-dropped`, { 'records/usage-log.csv': csv }, add(true)),
      );
      expect(out.get('usage-log.json')!.provenance.droppedColumns).toContain(column);
    },
  );

  it('refuses a column whose values look identifying even under a harmless name', async () => {
    const csv = `${HEADER},ref\nR1,2024-01-01,alpha,missing person,,no-match,Bronx,A1\nR2,2024-01-01,alpha,missing person,,no-match,Bronx,XYZ9876\n`;
    const f = fixture('id-values', { 'records/usage-log.csv': csv }, (pkg) => {
      pkg.resources
        .find((x) => x.name === 'usage-log')!
        .schema.fields.push({
          name: 'ref',
          type: 'string',
          constraints: { enum: ['A1'] },
        } as never);
    });
    await expect(run(f)).rejects.toThrow(
      /usage-log\.csv:3, column "ref": the value is not in the column's closed vocabulary: "XYZ9876"; allowed: "A1"; it looks like identifying data \(plate number\)/,
    );
  });
});

describe('npm run aggregate', () => {
  it('exits non-zero on bad input and leaves the output folder as it was', () => {
    const f = fixture('cli', {
      'records/usage-log.csv': `${HEADER}\nR1,2024-13-01,alpha,missing person,,no-match,Bronx\n`,
    });
    const out = path.join(dir, 'cli-out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.json'), '{"previous": true}\n');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [
          'scripts/aggregate.ts',
          '--descriptor',
          f.descriptor,
          '--policies',
          f.policies,
          '--out',
          out,
        ],
        {
          cwd: ROOT,
          stdio: 'pipe',
        },
      );
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/usage-log\.csv:2, column "date": expected a date as YYYY-MM-DD/);
    expect(readdirSync(out)).toEqual(['keep.json']);
  });

  it('writes identical files on a second run (deterministic output)', () => {
    const f = fixture('cli-ok', {
      'records/usage-log.csv': usageRows([
        ['2024-01-01', 'alpha', 'missing person', 'no-match', 'Bronx', 12],
      ]),
    });
    const out = path.join(dir, 'cli-ok-out');
    const args = [
      'scripts/aggregate.ts',
      '--descriptor',
      f.descriptor,
      '--policies',
      f.policies,
      '--out',
      out,
    ];
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
    const first = readFileSync(path.join(out, 'usage-log.json'), 'utf8');
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
    expect(readFileSync(path.join(out, 'usage-log.json'), 'utf8')).toBe(first);
    expect(first).toMatch(/"generated": "generated by scripts\/aggregate\.ts; do not edit"/);
    expect(first.endsWith('}\n')).toBe(true);
  });
});

describe('npm run aggregate refuses each kind of bad value: file:line:column, exit 1, nothing written', () => {
  const good = (i: number): string => `R${i},2024-01-15,alpha,missing person,,no-match,Bronx`;
  /** 1,500 good rows with `bad` as data row `at` (0-based). */
  const withRow = (at: number, bad: string, rows = 1500): string =>
    `${[HEADER, ...Array.from({ length: rows }, (_, i) => (i === at ? bad : good(i)))].join('\n')}\n`;
  const cli = (f: { descriptor: string; policies: string }, out: string) => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'keep.json'), '{"previous": true}\n');
    try {
      const stdout = execFileSync(
        process.execPath,
        [
          'scripts/aggregate.ts',
          '--descriptor',
          f.descriptor,
          '--policies',
          f.policies,
          '--out',
          out,
        ],
        { cwd: ROOT, stdio: 'pipe', env: { ...process.env, PP_BUILD_DATE: BUILD_DATE } },
      );
      return { status: 0, stderr: '', stdout: stdout.toString() };
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      return { status: err.status, stderr: err.stderr.toString(), stdout: '' };
    }
  };
  const ALLOWED_PURPOSES =
    '"criminal investigation", "missing person", "identify deceased", "other authorized use"';

  it.each([
    [
      'a person name in a category column after row 1,000',
      withRow(1200, 'R1200,2024-01-15,alpha,"Doe, John",,no-match,Bronx'),
      `usage-log\\.csv:1202, column "purpose": the value is not in the column's closed vocabulary: "Doe, John"; allowed: ${ALLOWED_PURPOSES}; it looks like identifying data \\(person name\\)\\. Fix:`,
    ],
    [
      'an address as a borough',
      withRow(3, 'R3,2024-01-15,alpha,missing person,,no-match,123 Main St'),
      'usage-log\\.csv:5, column "borough": the value is not in the column\'s closed vocabulary: "123 Main St"; allowed: "Bronx", .*; it looks like identifying data \\(address\\)',
    ],
    [
      'a NYSID as an offense type',
      withRow(1499, 'R1499,2024-01-15,alpha,missing person,12345678A,no-match,Bronx'),
      'usage-log\\.csv:1501, column "offense_type": .*"12345678A".*; it looks like identifying data \\(NYSID or similar personal identifier\\)',
    ],
    [
      'a plate as a purpose',
      withRow(0, 'R0,2024-01-15,alpha,ABC1234,,no-match,Bronx'),
      'usage-log\\.csv:2, column "purpose": .*"ABC1234".*\\(plate number\\)',
    ],
    [
      'a name no pattern recognises',
      withRow(7, 'R7,2024-01-15,alpha,missing person,,Jane Roe,Bronx'),
      'usage-log\\.csv:9, column "outcome": the value is not in the column\'s closed vocabulary: "Jane Roe"; allowed: "possible-match", "no-match", "not-processed", "other"\\. Fix:',
    ],
    [
      'a 1 MB value',
      withRow(5, `R5,2024-01-15,alpha,${'x'.repeat(1 << 20)},,no-match,Bronx`, 20),
      `usage-log\\.csv:7, column "purpose": the value is not in the column's closed vocabulary: "x{40}…" \\(1048576 characters\\); allowed: ${ALLOWED_PURPOSES}; it looks like identifying data \\(free text\\)`,
    ],
    [
      'a value holding a NUL byte',
      withRow(9, 'R9,2024-01-15,alpha,missing person,,no\u0000match,Bronx', 20),
      'usage-log\\.csv:11, column "outcome": the value is not in the column\'s closed vocabulary: "no\\\\u0000match"',
    ],
    [
      'a date after the build date',
      withRow(12, 'R12,2099-03-01,alpha,missing person,,no-match,Bronx', 20),
      'usage-log\\.csv:14, column "date": the date is later than the build date, 2025-06-30\\. Fix: correct the date',
    ],
    [
      'a bad value after a quoted field holding line breaks',
      withRow(2, '"R2\nwith\nbreaks",2024-01-15,alpha,missing person,,no-match,Bronx', 20).replace(
        good(10),
        'R10,2024-01-15,alpha,missing person,,nope,Bronx',
      ),
      // Data row 10 is record 12, but the two breaks put it on physical line 14.
      'usage-log\\.csv:14, column "outcome": the value is not in the column\'s closed vocabulary: "nope"',
    ],
    [
      'a malformed row after a quoted field holding a line break',
      withRow(2, '"R2\nbreak",2024-01-15,alpha,missing person,,no-match,Bronx', 20).replace(
        good(10),
        `${good(10)},extra`,
      ),
      'usage-log\\.csv:13: the row cannot be read \\(too many columns\\)',
    ],
    [
      'a category value holding a line break',
      withRow(2, 'R2,2024-01-15,alpha,"missing person",,"no-match",Bronx', 20)
        .replace(good(1), '"R1",2024-01-15,alpha,"missing\nperson",,no-match,Bronx')
        .replace(good(15), good(15).replace('R15', 'R3')),
      'usage-log\\.csv:3, column "purpose": the value is not in the column\'s closed vocabulary: "missing\\\\u000aperson"',
    ],
  ])('%s', (_kind, csv, message) => {
    const name = `cli-bad-${_kind.replace(/[^a-z0-9]+/gi, '-')}`;
    const f = fixture(name, { 'records/usage-log.csv': csv });
    const out = path.join(dir, `${name}-out`);
    const r = cli(f, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^aggregate: .*${message}`));
    expect(readdirSync(out)).toEqual(['keep.json']);
  });

  it('names the first of two equal keys on physical lines after multi-line fields', () => {
    const csv = withRow(
      2,
      '"R2\nbreak",2024-01-15,alpha,missing person,,no-match,Bronx',
      20,
    ).replace(good(15), good(15).replace('R15', 'R3'));
    const f = fixture('cli-dup-lines', { 'records/usage-log.csv': csv });
    const r = cli(f, path.join(dir, 'cli-dup-lines-out'));
    expect(r.stderr).toMatch(
      /usage-log\.csv:18, column "record_id": duplicate key: the same record_id as line 6\. Fix:/,
    );
  });

  it('refuses coordinates in a number column, in any row', () => {
    const rows = [
      `${HEADER},hours`,
      ...Array.from({ length: 1500 }, (_, i) => `${good(i)},${i === 1300 ? '40.712776' : '2.5'}`),
    ];
    const f = fixture(
      'cli-coordinates',
      { 'records/usage-log.csv': `${rows.join('\n')}\n` },
      (pkg) => {
        pkg.resources
          .find((x) => x.name === 'usage-log')!
          .schema.fields.push({
            name: 'hours',
            type: 'number',
            constraints: { minimum: 0 },
          } as never);
      },
    );
    const out = path.join(dir, 'cli-coordinates-out');
    const r = cli(f, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /usage-log\.csv:1302, column "hours": the value looks like identifying data \(coordinates\)\. Fix:/,
    );
    expect(readdirSync(out)).toEqual(['keep.json']);
  });

  it('refuses a descriptor whose category column has no closed vocabulary, or declares an identifying value', () => {
    const open = fixture('cli-open-vocabulary', {}, (pkg) => {
      const r = pkg.resources.find((x) => x.name === 'usage-log')!;
      delete (r.schema.fields[3] as { constraints?: unknown }).constraints;
    });
    const r1 = cli(open, path.join(dir, 'cli-open-vocabulary-out'));
    expect(r1.status).toBe(1);
    expect(r1.stderr).toMatch(
      /datapackage\.json, column "resources\.\d+\.schema\.fields\.3\.constraints": column "purpose" of a record-level dataset has no closed vocabulary\. Fix:/,
    );
    const named = fixture('cli-identifying-label', {}, (pkg) => {
      const r = pkg.resources.find((x) => x.name === 'usage-log')!;
      (r.schema.fields[3] as unknown as { constraints: { enum: string[] } }).constraints.enum.push(
        'Doe, John',
      );
    });
    const r2 = cli(named, path.join(dir, 'cli-identifying-label-out'));
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(
      /column "resources\.\d+\.schema\.fields\.3\.constraints\.enum\.4": the allowed value "Doe, John" looks like identifying data \(person name\)/,
    );
  });

  it('shows a header-only file as received with no rows, never as 0 rows', async () => {
    const f = fixture('header-only', { 'records/usage-log.csv': `${HEADER}\n` });
    const r = cli(f, path.join(dir, 'header-only-out'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage-log\.json: no-rows, received, no rows, 0 cells suppressed/);
    const doc = (await run(f)).get('usage-log.json')!;
    expect(doc).toMatchObject({
      status: 'no-rows',
      tables: [],
      provenance: { rowsRead: null, rowsUsed: null, rowCounts: { status: 'no-rows' } },
    });
    expect(doc.provenance.inputs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a published-claims cell a spreadsheet would run as a formula (the file is served as received)', () => {
    const published = REAL.resources.find((r) => r.name === 'foil-statistics')!;
    const csv =
      'period,metric,value,unit,qualifier,quote,source_title,source_kind,source_url,original_url\n' +
      '2011,requests,31,percent,=HYPERLINK("http://x.example"),,A title,report,https://a.example/x,\n';
    const f = fixture('cli-formula', { 'published/foil-statistics.csv': csv }, (pkg) => {
      pkg.resources.push(structuredClone(published));
    });
    const out = path.join(dir, 'cli-formula-out');
    const r = cli(f, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /foil-statistics\.csv:2, column "qualifier": the value "=HYPERLINK\(\\"http:\/\/x\.example\\"\)" begins with a character that makes spreadsheets run it as a formula/,
    );
    expect(readdirSync(out)).toEqual(['keep.json']);
  });
});

import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePolicyBody } from '../lib/policy/body.ts';
import { INVENTORY_FILE, type InventoryRow, InventoryRowSchema } from '../schemas/inventory.ts';
import { type Policy, PolicySchema } from '../schemas/policy.ts';
import {
  displayName,
  type ImportedPolicy,
  knownTechnologies,
  referencesIn,
  rowSource,
} from './known-technologies.ts';

const root = new URL('../../', import.meta.url);

/** The inventory rows as the collection loads them (src/content.config.ts). */
const rows: InventoryRow[] = csvParse(readFileSync(new URL(INVENTORY_FILE, root), 'utf8')).map(
  (r, i) => InventoryRowSchema.parse({ line: i + 2, ...r }),
);

/** An imported policy as src/data/inventory.ts shapes it. */
function imported(slug: string): ImportedPolicy {
  const md = readFileSync(new URL(`content/policies/${slug}.md`, root), 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(md) ?? [];
  const data: Policy = PolicySchema.parse(parse(yaml));
  return {
    slug,
    technology: data.technology,
    status: data.status,
    sourceFile: data.source.file,
    footnotes: data.footnotes,
    paragraphs: parsePolicyBody(body).flatMap((s) =>
      s.paragraphs.map((p) => ({ id: p.id, text: p.text })),
    ),
  };
}

const policies = [imported('facial-recognition'), imported('thermographic-cameras')];

describe('knownTechnologies on the inventory file and the imported policies', () => {
  const { technologies, counts } = knownTechnologies(rows, policies);
  const bySlug = new Map(technologies.map((t) => [t.slug, t]));

  it('lists every row of the inventory file once, in file order', () => {
    expect(rows).toHaveLength(13);
    expect(technologies.map((t) => t.row?.title)).toEqual(rows.map((r) => r.title));
  });

  it('counts 2 imported, 8 published by the NYPD but not imported, 3 only referenced', () => {
    expect(counts).toEqual({ imported: 2, published: 8, referenced: 3 });
    expect(technologies.filter((t) => t.holding === 'imported').map((t) => t.slug)).toEqual([
      'facial-recognition',
      'thermographic-cameras',
    ]);
  });

  it('links an imported technology to its page', () => {
    expect(bySlug.get('thermographic-cameras')?.imported).toEqual({
      href: '/policies/thermographic-cameras/',
      status: 'final',
    });
  });

  it('cites the paragraph and footnote of the imported policy that names a referenced technology', () => {
    const cite = (slug: string) =>
      bySlug.get(slug)?.references.map((r) => [r.slug, r.paragraph, r.footnote, r.label, r.href]);
    expect(cite('situational-awareness-cameras')).toEqual([
      [
        'thermographic-cameras',
        'capabilities-p5',
        1,
        'Capabilities ¶5 (footnote 1)',
        '/policies/thermographic-cameras/#capabilities-p5',
      ],
    ]);
    expect(cite('manned-aircraft-systems')?.[0]?.[3]).toBe('Capabilities ¶7 (footnote 2)');
    expect(cite('unmanned-aircraft-systems')?.[0]?.[3]).toBe('Capabilities ¶7 (footnote 3)');
    for (const slug of [
      'situational-awareness-cameras',
      'manned-aircraft-systems',
      'unmanned-aircraft-systems',
    ])
      expect(bySlug.get(slug)?.holding).toBe('referenced');
  });

  it('marks the rows a third party cites as uncertain, keeping their certainty and source', () => {
    expect(technologies.filter((t) => t.row?.uncertain).map((t) => t.name)).toEqual([
      'Domain Awareness System',
      'Cell-Site Simulators',
      'Body-Worn Cameras',
      'License Plate Readers',
    ]);
    expect(bySlug.get('cell-site-simulators')?.row).toMatchObject({
      status_seen: 'revised',
      date_seen: '2023-11-24',
      certainty: 'uncertain (file name cited by a third party)',
      source: { text: 'third-party citation of the NYPD post-final PDF' },
    });
  });

  it("links each row's source: a URL to itself, a policy text to the copy the portal serves", () => {
    expect(bySlug.get('cryptocurrency-analysis-tools')?.row?.source.href).toMatch(
      /^https:\/\/ro\.scribd\.com\//,
    );
    expect(bySlug.get('manned-aircraft-systems')?.row?.source).toEqual({
      text: 'policies/thermographic-cameras.txt',
      href: '/sources/thermographic-cameras.txt',
    });
  });
});

describe('knownTechnologies', () => {
  it('adds a technology a policy names but the inventory does not list, as referenced', () => {
    const p: ImportedPolicy = {
      slug: 'drones',
      technology: 'Drones',
      status: 'draft',
      sourceFile: 'drones.txt',
      footnotes: [
        {
          n: 1,
          text: 'Please refer to the Gunshot Detection impact & use policy.',
          ref: 'rules-p2',
        },
      ],
      paragraphs: [
        { id: 'abstract-p1', text: 'See also: refer to the NYPD’s Drones impact and use policy.' },
      ],
    };
    const { technologies, counts } = knownTechnologies([], [p]);
    expect(
      technologies.map((t) => [t.name, t.holding, t.references.map((r) => r.paragraph)]),
    ).toEqual([
      ['Gunshot Detection', 'referenced', ['rules-p2']],
      ['Drones', 'imported', []],
    ]);
    expect(counts).toEqual({ imported: 1, published: 0, referenced: 1 });
  });

  it('finds references printed in the body too', () => {
    const refs = referencesIn({
      ...policies[1]!,
      footnotes: [],
      paragraphs: [
        {
          id: 'rules-p3',
          text: 'Please refer to the manned aircraft systems impact and use policy.',
        },
      ],
    });
    expect(refs.map((r) => [r.printed, r.label])).toEqual([
      ['manned aircraft systems', 'Rules, Processes & Guidelines ¶3'],
    ]);
  });
});

describe('displayName and rowSource', () => {
  it.each([
    ['CELL-SITE SIMULATORS', 'Cell-Site Simulators'],
    [
      'GLOBAL POSITIONING SYSTEM (GPS) TRACKING DEVICES',
      'Global Positioning System (GPS) Tracking Devices',
    ],
    ['manned aircraft systems', 'Manned Aircraft Systems'],
    ['DISPARATE IMPACTS OF THE POLICY', 'Disparate Impacts of the Policy'],
  ])('%j -> %j', (title, name) => {
    expect(displayName(title)).toBe(name);
  });

  it('gives no link for a source that is neither a URL nor a served policy text', () => {
    expect(rowSource('policies/drones.txt', new Set())).toEqual({ text: 'policies/drones.txt' });
    expect(rowSource('third-party research note', new Set())).toEqual({
      text: 'third-party research note',
    });
  });
});

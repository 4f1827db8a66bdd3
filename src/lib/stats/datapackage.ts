import type { DataPackage, StatsFile } from '../../schemas/stats.ts';

/**
 * The data package the site publishes at /data/datapackage.json: the
 * published-claims files as received (at /data/<name>.csv) and, for every
 * dataset, the aggregated statistics with provenance (at /data/<name>.json).
 * Record-level inputs are never published; their schema is described with
 * the identifying columns dropped before aggregation.
 */
export function siteDataPackage(pkg: DataPackage, files: StatsFile[]): Record<string, unknown> {
  const byName = new Map(files.map((f) => [f.dataset, f]));
  const resources = pkg.resources.flatMap((r) => {
    const f = byName.get(r.name);
    const ext = r['x-pp'];
    const status =
      f?.status === 'published'
        ? 'published'
        : f?.status === 'no-rows'
          ? 'received, no rows'
          : 'no published records yet';
    const common = {
      title: r.title,
      description: r.description,
      sources: r.sources,
      licenses: r.licenses,
    };
    const aggregate = {
      name: `${r.name}-statistics`,
      path: `/data/${r.name}.json`,
      format: 'json',
      mediatype: 'application/json',
      ...common,
      'x-pp-status': status,
      'x-pp-threshold': f?.threshold ?? null,
      'x-pp-grain': f?.grain ?? null,
    };
    if (ext.kind === 'published') {
      const input = f?.provenance.inputs[0];
      return [
        {
          name: r.name,
          path: `/data/${r.name}.csv`,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          ...(input ? { hash: `sha256:${input.sha256}`, bytes: input.bytes } : {}),
          ...common,
          schema: r.schema,
          'x-pp-status': status,
        },
        aggregate,
      ];
    }
    return [
      {
        ...aggregate,
        'x-pp-record-schema': {
          fields: r.schema.fields.filter((fl) => !ext.dropBeforeAggregation.includes(fl.name)),
          droppedBeforeAggregation: ext.dropBeforeAggregation,
          dimensions: ext.dimensions,
          measure: ext.measure,
        },
      },
    ];
  });
  return {
    profile: 'data-package',
    name: pkg.name,
    title: pkg.title,
    description: pkg.description,
    licenses: pkg.licenses,
    resources,
  };
}

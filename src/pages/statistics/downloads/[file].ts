import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { allCharts, chartCsv, chartJson } from '../../../lib/stats/charts.ts';
import { policyFacts, sortedStats } from '../../../lib/stats/load.ts';

/** `/statistics/downloads/<chart>.csv|json`: exactly the numbers each chart plots. */
export const getStaticPaths = (async () => {
  const charts = allCharts(
    sortedStats(await getCollection('stats')),
    policyFacts(await getCollection('policies')),
  );
  return charts.flatMap((chart) => [
    { params: { file: `${chart.id}.csv` }, props: { chart, format: 'csv' as const } },
    { params: { file: `${chart.id}.json` }, props: { chart, format: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { chart, format } = props;
  if (format === 'csv') {
    return new Response(chartCsv(chart), {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
  }
  return new Response(chartJson(chart), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

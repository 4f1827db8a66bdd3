import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadDataPackage } from '../../data/stats.ts';
import { siteDataPackage } from '../../lib/stats/datapackage.ts';
import { sortedStats } from '../../lib/stats/load.ts';

/** `/data/datapackage.json`: the Frictionless descriptor of every published dataset. */
export const GET: APIRoute = async () => {
  const body = siteDataPackage(await loadDataPackage(), sortedStats(await getCollection('stats')));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/**
 * Deployable URLs: the site built with SITE_URL set points every canonical
 * link, sitemap entry, robots.txt line and feed link at that origin, and the
 * feed's guids do not change with the origin (compared with dist/, built for
 * the local default).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './support/site.ts';

const ORIGIN = 'https://portal.example.org';
const run = promisify(execFile);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

function feedParts(xml: string) {
  const items = xml.split('<item>').slice(1);
  return {
    items,
    guids: items.map((i) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(i)?.[1]),
    links: items.map((i) => /<link>([^<]+)<\/link>/.exec(i)?.[1]),
  };
}

describe(`the site built with SITE_URL=${ORIGIN}`, () => {
  let out: string;
  let log: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'pp-deploy-'));
    const r = await run(path.resolve('node_modules/.bin/astro'), ['build'], {
      env: { ...process.env, SITE_URL: ORIGIN, PP_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    log = r.stdout + r.stderr;
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('does not print the local-origin notice', () => {
    expect(log).not.toMatch(/SITE_URL is not set/);
  });

  it('gives every page a canonical link on that origin', () => {
    const files = htmlFiles(out).filter((f) => !f.endsWith('404.html'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const href = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(f, 'utf8'))?.[1];
      const rel = path.relative(out, path.dirname(f)).split(path.sep).join('/');
      expect(href, f).toBe(`${ORIGIN}/${rel ? `${rel}/` : ''}`);
    }
  });

  it('lists only absolute URLs on that origin in the sitemap, and robots.txt names it', () => {
    const index = readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8');
    const map = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...`${index}${map}`.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc?.startsWith(`${ORIGIN}/`), loc).toBe(true);
    const robots = readFileSync(path.join(out, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml\n`);
  });

  it('links the feed to that origin, with a self link, a build date and a date on every item', () => {
    const xml = readFileSync(path.join(out, 'feed.xml'), 'utf8');
    expect(xml).toContain(`<link>${ORIGIN}/</link>`);
    expect(xml).toContain(
      `<atom:link href="${ORIGIN}/feed.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(xml).toMatch(/<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT<\/lastBuildDate>/);
    const { items, links } = feedParts(xml);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items)
      expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT<\/pubDate>/);
    for (const link of links)
      expect(
        link?.startsWith(`${ORIGIN}/policies/`) || link?.startsWith(`${ORIGIN}/reports/`),
        link,
      ).toBe(true);
  });

  it('keeps the same feed guids as the local build, none derived from an origin', () => {
    const here = feedParts(readFileSync(path.join(out, 'feed.xml'), 'utf8')).guids;
    const local = feedParts(readFileSync(path.join(SITE_DIR, 'feed.xml'), 'utf8')).guids;
    expect(here).toEqual(local);
    expect(new Set(here).size).toBe(here.length);
    for (const g of here) expect(g).toMatch(/^urn:post-act-portal:/);
  });
});

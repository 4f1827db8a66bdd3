import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { describePageChecks } from './support/page-checks.ts';
import { extractIds, extractLinks } from './support/links.ts';
import { browserCheckedPaths, languageOf, sitemapPaths } from './support/site.ts';

const base = inject('baseURL');
const paths = sitemapPaths();

describe('the sitemap', () => {
  it('lists both imported policies', () => {
    expect(paths).toContain('/policies/facial-recognition/');
    expect(paths).toContain('/policies/thermographic-cameras/');
  });
});

// Every English page and the 404 page; the other languages in e2e/site-<lang>.test.ts and
// e2e/site-translated.test.ts.
describePageChecks('every English page of the built site', [
  ...browserCheckedPaths().filter((p) => languageOf(p) === ''),
  '/404.html',
]);

describe('links', () => {
  const cache = new Map<string, Promise<{ status: number; html: string }>>();
  const get = (path: string) => {
    let hit = cache.get(path);
    if (!hit) {
      hit = fetch(base + path).then(async (r) => ({ status: r.status, html: await r.text() }));
      cache.set(path, hit);
    }
    return hit;
  };

  it('every internal link and asset on every page resolves, including its #fragment', async () => {
    const broken: string[] = [];
    for (const from of paths) {
      const { html } = await get(from);
      const { anchors, assets } = extractLinks(html);
      for (const href of [...anchors, ...assets]) {
        if (/^(mailto:|tel:|javascript:)/.test(href)) continue;
        const url = new URL(href, base + from);
        if (url.origin !== new URL(base).origin) continue; // external links are plain links, not requests
        const target = await get(url.pathname);
        if (target.status !== 200) {
          broken.push(`${from} -> ${href} (${target.status})`);
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && !extractIds(target.html).has(frag))
          broken.push(`${from} -> ${href} (no #${frag})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('site-wide files', () => {
  it('every page links the RSS feed as an alternate', async () => {
    for (const path of paths) {
      const html = await (await fetch(base + path)).text();
      expect(html, path).toMatch(
        /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed.xml">/,
      );
    }
  });

  it('serves robots.txt naming the sitemap index, which exists', async () => {
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap-index\.xml$/);
    expect((await fetch(`${base}/sitemap-index.xml`)).status).toBe(200);
  });

  it('/sources/ lists every source file with the SHA-256 of the bytes served', async () => {
    const html = await (await fetch(`${base}/sources/`)).text();
    const files = [...html.matchAll(/href="\/sources\/([^"/]+)"/g)].map((m) => m[1] as string);
    expect(new Set(files)).toEqual(
      new Set(['facial-recognition.txt', 'thermographic-cameras.txt']),
    );
    for (const file of files) {
      const bytes = new Uint8Array(await (await fetch(`${base}/sources/${file}`)).arrayBuffer());
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(html, file).toContain(sha);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { launch } from '../scripts/lib/browser.ts';

// scripts/lib/browser.ts launches Chromium without the address bar's WebUI popups: in
// headless mode each context opens a window whose hidden popup renderer cost 1.2-1.7 s of CPU
// (BENCHMARKS.md, "Search"). Chromium ignores feature names it does not know, so a renamed
// feature would bring that renderer back without an error; this test notices.
describe('the browser the tests, the search bench and the reports use', () => {
  it('opens no chrome:// WebUI pages beside the page it is given', async () => {
    const { browser, close } = await launch();
    let targetInfos;
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<p lang="en">x</p>');
      const cdp = await browser.newBrowserCDPSession();
      ({ targetInfos } = await cdp.send('Target.getTargets'));
    } finally {
      await close();
    }
    const urls = targetInfos.map((t) => t.url);
    expect(urls).toContain('about:blank');
    expect(urls.filter((u) => u.startsWith('chrome://'))).toEqual([]);
  });
});

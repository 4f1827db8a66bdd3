import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';

// scripts/lib/browser.ts launches Chromium without the address bar's WebUI popups: in
// headless mode each context opens a window whose hidden popup renderer cost 1.2-1.7 s of CPU
// (BENCHMARKS.md, "Search"). Chromium ignores feature names it does not know, so a renamed
// feature would bring that renderer back without an error; this test notices.
describe('the browser the tests, the search bench and the reports use', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens no chrome:// WebUI pages beside the page it is given', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.setContent('<p lang="en">x</p>');
    const cdp = await session.browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    await context.close();
    const urls = targetInfos.map((t) => t.url);
    expect(urls).toContain('about:blank');
    expect(urls.filter((u) => u.startsWith('chrome://'))).toEqual([]);
  });
});

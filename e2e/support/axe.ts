import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe rule tags for WCAG 2.2 level A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Makes axe part of every page the context opens, before the page's own
 * scripts (a context that checks many pages in turn): the browser compiles
 * its 0.5 MB script once and reuses the code, where `addScriptTag` sent and
 * compiled it again for every page (about 0.16 s a page on the 2-core CI
 * machine). axe only defines `window.axe` until it is run.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Runs axe on the current page and returns its violations (empty when
 * clean). Adds axe to the page unless the context has it (`installAxe`).
 * Only violations are collected in full (`resultTypes`): axe still runs
 * every rule of the tags, but keeps one example of each passing or
 * inapplicable check instead of every node.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"')))
    await page.addScriptTag({ content: AXE_SOURCE });
  // A string, not a function: Vitest would rewrite code inside a function.
  const json = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} },
      resultTypes: ['violations'],
    });
    return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(' ')) })));
  })()`);
  return JSON.parse(json as string) as AxeViolation[];
}

/** Formats violations for an assertion message. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${url}: ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`,
    )
    .join('\n');
}

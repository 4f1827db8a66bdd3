import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage } from './support/page.ts';
import { extractIds } from './support/links.ts';
import { SITE_DIR } from './support/site.ts';

const base = inject('baseURL');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];

/**
 * Moves focus with the Tab key until the element matching `selector` has it,
 * proving it is reachable by keyboard. Fails after `max` presses.
 */
async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      `document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`,
    );
    if (hit) return;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** Types a date into a focused <input type="date"> (Chromium, en-US: month, day, year). */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

/**
 * Enters `value` in the date field `#id`. A YYYY-MM-DD value is typed into the
 * browser's date picker (Chromium keeps 0001-01-01 and 9999-12-31 as typed, and
 * holds 02/30/2025 as an unreadable entry, `validity.badInput`). Other text
 * cannot be typed into a date picker, so it goes into the field as a browser
 * without one shows it: a plain text box (as older Safari did).
 */
async function enterDate(page: Page, id: string, value: string): Promise<void> {
  const field = page.locator(`#${id}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    await field.evaluate((el: HTMLInputElement) => {
      el.type = 'date';
      el.value = '';
    });
    await field.focus();
    await typeDate(page, value);
  } else {
    await field.evaluate((el: HTMLInputElement) => {
      el.type = 'text';
    });
    await field.fill(value);
  }
}

/** Bad dates every date field must refuse with a message saying what is wrong. */
const BAD_DATES: [value: string, message: RegExp][] = [
  [
    '9999-12-31',
    /\(December 31, 9999\) is after the dates this tool can count: enter a date from January 1, 1980 to December 31, 2100/,
  ],
  ['0001-01-01', /\(January 1, 1\) is before the dates this tool can count/],
  ['2025-02-30', /is not a real date: check that the day, month and year/],
  ['garbage', /must be written as year-month-day, for example 2025-12-22; “garbage” is not a date/],
];

/**
 * Asserts that the field `#id` shows `message` beside it and in the error
 * summary (GOV.UK Frontend's pattern): the message before the field, linked
 * with aria-describedby, the field marked aria-invalid.
 */
async function expectFieldError(
  page: Page,
  tool: string,
  id: string,
  message: RegExp,
): Promise<void> {
  const summary = page.locator(`${tool} [data-pp-errors]`);
  await expect.poll(() => summary.isVisible()).toBe(true);
  expect(await summary.textContent()).toMatch(message);
  expect(await summary.locator(`a[href="#${id}"]`).count()).toBe(1);
  const inline = page.locator(`#${id}-error`);
  expect(await inline.isVisible()).toBe(true);
  expect(await inline.textContent()).toMatch(/^Error: /);
  expect(await inline.textContent()).toMatch(message);
  expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
  expect((await page.locator(`#${id}`).getAttribute('aria-describedby'))?.split(' ')).toContain(
    `${id}-error`,
  );
  // The message sits beside the field: directly before it.
  expect(await page.locator(`#${id}`).evaluate((el) => el.previousElementSibling?.id ?? null)).toBe(
    `${id}-error`,
  );
  expect(await page.locator(`${tool} [data-pp-output]`).isVisible()).toBe(false);
}

/** Records every request the page makes after this call (blob: downloads excepted). */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('blob:')) seen.push(r.url());
  });
  return seen;
}

describe('FOIL pages in the browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  describe.each(SLUGS)('request letter for %s, keyboard only', (slug) => {
    it('builds a letter with the chosen records and dates, downloads it, and makes no request', async () => {
      const { page, context, offOrigin, errors } = await openPage(session.browser);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      // Each records map links the letter with its technology chosen.
      await page.goto(`${base}/foil/${slug}/`, { waitUntil: 'load' });
      const letterLink = page.locator(`.pp-foil-next a[href="/foil/letter/?technology=${slug}"]`);
      expect(await letterLink.count()).toBe(1);
      await page.goto(`${base}/foil/letter/?technology=${slug}`, { waitUntil: 'networkidle' });
      const requests = recordRequests(page);
      // Without any input the template is replaced by the form.
      await expect(
        page.locator('[data-pp-request-builder] [data-pp-template]').isVisible(),
      ).resolves.toBe(false);
      expect(await page.locator('#rq-technology').inputValue()).toBe(slug);

      const group = page.locator(`[data-pp-records-for="${slug}"]`);
      const boxes = group.locator('input[type="checkbox"]');
      const ids = [await boxes.nth(0).getAttribute('id'), await boxes.nth(1).getAttribute('id')];
      const wordings = [
        await boxes.nth(0).getAttribute('data-wording'),
        await boxes.nth(1).getAttribute('data-wording'),
      ];
      for (const id of ids) {
        await tabTo(page, `#${id}`);
        await page.keyboard.press('Space');
      }
      await tabTo(page, '#rq-other');
      await page.keyboard.type('Records of the number of uses per month.');
      await tabTo(page, '#rq-from');
      await typeDate(page, '2024-01-01');
      await tabTo(page, '#rq-to');
      await typeDate(page, '2025-12-31');
      await tabTo(page, '#rq-name');
      await page.keyboard.type('Test Requester');
      await tabTo(page, '#rq-email');
      await page.keyboard.type('requester@example.org');
      await tabTo(page, '#rq-date');
      await typeDate(page, '2025-12-22');
      await tabTo(page, '[data-pp-request-builder] button[type="submit"]');
      await page.keyboard.press('Enter');

      // Focus moves to the result and the result is announced.
      await expect
        .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
        .toBe('rq-output-title');
      await expect
        .poll(() => page.locator('[data-pp-request-builder] [data-pp-status]').textContent())
        .toContain('Letter built with 3 records');
      const letter = await page.locator('#rq-letter').inputValue();
      for (const w of wordings) expect(letter).toContain(w);
      expect(letter).toContain('3. Other records: Records of the number of uses per month.');
      expect(letter).toContain('created or received from January 1, 2024 to December 31, 2025');
      expect(letter).toContain('\nDecember 22, 2025\n');
      expect(letter).toContain('Test Requester');
      expect(letter).toContain('NYPD Impact and Use Policy: ');

      // Download as .txt, made in the browser.
      await tabTo(page, '[data-pp-request-builder] [data-pp-download-letter]');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe(`foil-request-${slug}-2025-12-22.txt`);
      const file = await download.path();
      expect(readFileSync(file, 'utf8')).toBe(letter);

      // Copy.
      await tabTo(page, '[data-pp-request-builder] [data-pp-copy-letter]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(letter);

      expect(requests, 'requests made while building the letter').toEqual([]);
      expect(offOrigin).toEqual([]);
      expect(errors).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(`/foil/letter/ (letter built)`, violations)).toEqual(
        [],
      );
      await context.close();
    });
  });

  it('switches technology with the keyboard on /foil/letter/ and names what is missing', async () => {
    const { page, context, offOrigin } = await openPage(session.browser);
    await page.goto(`${base}/foil/letter/`, { waitUntil: 'load' });
    await tabTo(page, '#rq-technology');
    const before = await page.locator('#rq-technology').inputValue();
    await page.keyboard.press('ArrowDown');
    const after = await page.locator('#rq-technology').inputValue();
    expect(after).not.toBe(before);
    await expect(page.locator(`[data-pp-records-for="${after}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`[data-pp-records-for="${before}"]`).isVisible()).resolves.toBe(
      false,
    );
    // Submitting empty: an error summary takes focus and links to each field.
    await tabTo(page, '[data-pp-request-builder] button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.locator('[data-pp-request-builder] [data-pp-errors]');
    await expect
      .poll(() =>
        page.evaluate(
          'document.activeElement && document.activeElement.hasAttribute("data-pp-errors")',
        ),
      )
      .toBe(true);
    expect(await summary.textContent()).toContain(
      'Choose at least one record to request, or describe the records in your own words.',
    );
    expect(await summary.textContent()).toContain('Enter your name.');
    expect(await page.locator('#rq-name').getAttribute('aria-invalid')).toBe('true');
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('computes the deadlines of a paper request received on Monday 22 December 2025', async () => {
    const { page, context, offOrigin, errors } = await openPage(session.browser);
    await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'networkidle' });
    const requests = recordRequests(page);
    await tabTo(page, '#dl-received');
    await typeDate(page, '2025-12-22');
    await tabTo(page, '#dl-channel-electronic');
    await page.keyboard.press('ArrowDown'); // radio group: moves to and selects "Post or hand delivery"
    expect(await page.locator('#dl-channel-paper').isChecked()).toBe(true);
    await expect(page.locator('#dl-time').isVisible()).resolves.toBe(false);
    await tabTo(page, '[data-pp-deadline-calculator] button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('dl-output-title');

    const shown = async (id: string) =>
      page
        .locator(`[data-pp-deadline-calculator] tr[data-pp-deadline="${id}"] time`)
        .getAttribute('datetime');
    // Day 1 = Mon Dec 22 (received in business hours).
    expect(await shown('day-one')).toBe('2025-12-22');
    // Dec 22 (1), 23 (2), 24 (3), Thu Dec 25 Christmas skipped, Fri 26 (4), weekend 27–28 skipped, Mon 29 (5).
    expect(await shown('response')).toBe('2025-12-29');
    // 20 business days after Dec 29: Dec 30, 31, Thu Jan 1 (New Year) skipped, Jan 2, 5–9, 12–16,
    // Mon Jan 19 (MLK Day) skipped, 20–23, 26, 27, 28 -> Wed Jan 28, 2026.
    expect(await shown('approximate')).toBe('2026-01-28');
    // Constructive denial Dec 29 + 30 calendar days = Wed Jan 28, 2026 (a business day).
    expect(await shown('appeal')).toBe('2026-01-28');
    // Appeal received Jan 28 = day 1: Jan 28, 29, 30, Feb 2, 3, 4, 5, 6, 9, 10 -> Tue Feb 10.
    expect(await shown('appeal-decision')).toBe('2026-02-10');
    // Four months after Feb 10 -> Wed Jun 10, 2026.
    expect(await shown('article-78')).toBe('2026-06-10');

    const responseRow = await page
      .locator('[data-pp-deadline-calculator] tr[data-pp-deadline="response"]')
      .textContent();
    expect(responseRow).toContain('Monday, December 29, 2025');
    expect(responseRow).toContain('Thu Dec 25 (Christmas Day), Sat Dec 27–Sun Dec 28 (weekend)');
    const approxRow = await page
      .locator('[data-pp-deadline-calculator] tr[data-pp-deadline="approximate"]')
      .textContent();
    expect(approxRow).toContain("Thu Jan 1 (New Year's Day)");
    await expect
      .poll(() => page.locator('[data-pp-deadline-calculator] [data-pp-status]').textContent())
      .toContain('The NYPD must respond by Monday, December 29, 2025');

    // The key dates come first: response due, appeal by, court by, before the full table.
    const keyDates = page.locator('[data-pp-deadline-calculator] [data-pp-key-date]');
    expect(await keyDates.count()).toBe(3);
    const keys: [string, string][] = [];
    for (let i = 0; i < 3; i++)
      keys.push([
        (await keyDates.nth(i).locator('dt').textContent()) ?? '',
        (await keyDates.nth(i).locator('time').getAttribute('datetime')) ?? '',
      ]);
    expect(keys).toEqual([
      ['Response due', '2025-12-29'],
      ['Appeal by', '2026-01-28'],
      ['Court by', '2026-06-10'],
    ]);
    const keyDatesFirst = await page.evaluate(`(() => {
      const out = document.querySelector('[data-pp-deadline-calculator] [data-pp-output]');
      const first = [...out.children].find((el) => el.tagName !== 'H3');
      return first.hasAttribute('data-pp-key-dates') &&
        !!(out.querySelector('[data-pp-key-dates]').compareDocumentPosition(out.querySelector('table')) & Node.DOCUMENT_POSITION_FOLLOWING);
    })()`);
    expect(keyDatesFirst).toBe(true);

    // Every computed date names its law; the sources are listed once, under the table.
    const rowsShown = page.locator('[data-pp-deadline-calculator] tr[data-pp-deadline]');
    expect(await rowsShown.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      expect(await rowsShown.nth(i).locator('.pp-foil-row-law').textContent()).toMatch(/^Law: /);
      expect(await rowsShown.nth(i).locator('a[href^="http"]').count()).toBe(0);
    }
    const sources = page.locator('[data-pp-deadline-calculator] [data-pp-sources-list] li');
    expect(await sources.count()).toBeGreaterThan(5);
    const hrefs = await page
      .locator('[data-pp-deadline-calculator] [data-pp-sources-list] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h?.startsWith('http'))).toBe(true);

    expect(requests, 'requests made by the calculator').toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    const violations = await axeViolations(page);
    expect(
      violations,
      describeViolations('/foil/deadlines/ (deadlines shown)', violations),
    ).toEqual([]);
    await context.close();
  });

  it('counts a late-afternoon email from the next business day', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'load' });
    await tabTo(page, '#dl-received');
    await typeDate(page, '2025-12-22');
    await tabTo(page, '#dl-time');
    await page.keyboard.type('0430P'); // 4:30 pm, after the 4:00 pm cut-off
    await tabTo(page, '[data-pp-deadline-calculator] button[type="submit"]');
    await page.keyboard.press('Enter');
    const shown = (id: string) =>
      page
        .locator(`[data-pp-deadline-calculator] tr[data-pp-deadline="${id}"] time`)
        .getAttribute('datetime');
    // Day 1 = Tue Dec 23; Dec 23 (1), 24 (2), [25], 26 (3), [27, 28], 29 (4), 30 (5).
    await expect.poll(() => shown('day-one')).toBe('2025-12-23');
    expect(await shown('response')).toBe('2025-12-30');
    await context.close();
  });

  it('builds an appeal for a missed deadline with the dates filled in', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'networkidle' });
    const requests = recordRequests(page);
    await tabTo(page, '#ap-kind-denial');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#ap-kind-none').isChecked()).toBe(true);
    await expect(page.locator('#ap-denied').isVisible()).resolves.toBe(false);
    await tabTo(page, '#ap-request-date');
    await typeDate(page, '2025-12-22');
    await tabTo(page, '#ap-records');
    await page.keyboard.type('Possible match reports, 2024 to 2025.');
    await tabTo(page, '#ap-name');
    await page.keyboard.type('Test Requester');
    await tabTo(page, '#ap-date');
    await typeDate(page, '2026-01-05');
    await tabTo(page, '[data-pp-appeal-builder] button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('ap-output-title');
    const letter = await page.locator('#ap-letter').inputValue();
    expect(letter).toContain(
      'I appeal the constructive denial of my Freedom of Information Law request of December 22, 2025',
    );
    expect(letter).toContain('within five business days of receipt (by December 29, 2025)');
    expect(letter).toContain('\nJanuary 5, 2026\n');
    expect(await page.locator('[data-pp-appeal-due]').textContent()).toContain(
      'Wednesday, January 28, 2026',
    );
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  describe.each([
    ['dl-received', 'The date the request was received'],
    ['dl-ack', 'The acknowledgment date'],
    ['dl-denied', 'The denial date'],
    ['dl-appeal', 'The date your appeal was received'],
    ['dl-decided', 'The appeal determination date'],
  ])('deadline calculator, bad dates in #%s', (id, subject) => {
    it.each(BAD_DATES)(
      'refuses %s with a message beside the field, never an uncaught error',
      async (value, message) => {
        const { page, context, errors } = await openPage(session.browser);
        await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'load' });
        const tool = '[data-pp-deadline-calculator]';
        if (id !== 'dl-received') await enterDate(page, 'dl-received', '2025-12-22');
        await enterDate(page, id, value);
        await page.locator(`${tool} button[type="submit"]`).click();
        await expectFieldError(page, tool, id, message);
        const text = (await page.locator(`#${id}-error`).textContent()) ?? '';
        expect(text).toContain(subject);
        expect(text).not.toMatch(/Enter the date/);
        await expect
          .poll(() => page.locator(`${tool} [data-pp-status]`).textContent())
          .toMatch(/^The deadlines could not be computed: /);
        expect(errors, 'page errors').toEqual([]);
        await context.close();
      },
    );
  });

  it('clears the error beside a date once it is fixed, and stays axe clean with errors shown', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'load' });
    const tool = '[data-pp-deadline-calculator]';
    await enterDate(page, 'dl-received', '2025-12-22');
    await enterDate(page, 'dl-denied', '9999-12-31');
    await page.locator(`${tool} button[type="submit"]`).click();
    await expectFieldError(page, tool, 'dl-denied', /is after the dates this tool can count/);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/foil/ (calculator errors)', violations)).toEqual([]);
    await enterDate(page, 'dl-denied', '2026-01-09');
    await page.locator(`${tool} button[type="submit"]`).click();
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('dl-output-title');
    expect(await page.locator('#dl-denied-error').count()).toBe(0);
    expect(await page.locator('#dl-denied').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#dl-denied').getAttribute('aria-describedby')).toBeNull();
    expect(
      await page.locator(`${tool} tr[data-pp-deadline="appeal"] time`).getAttribute('datetime'),
    ).toBe('2026-02-09');
    expect(errors).toEqual([]);
    await context.close();
  });
  describe.each([
    ['ap-request-date', 'The date of your request'],
    ['ap-denied', 'The date of the denial letter'],
    ['ap-date', 'The date of the letter'],
  ])('appeal builder, bad dates in #%s', (id, subject) => {
    it.each(BAD_DATES)(
      'refuses %s with a message beside the field, never an uncaught error',
      async (value, message) => {
        const { page, context, errors } = await openPage(session.browser);
        await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'load' });
        const tool = '[data-pp-appeal-builder]';
        await page.locator('#ap-records').fill('Possible match reports, 2024 to 2025.');
        await page.locator('#ap-name').fill('Test Requester');
        if (id !== 'ap-request-date') await enterDate(page, 'ap-request-date', '2025-12-22');
        if (id !== 'ap-denied') await enterDate(page, 'ap-denied', '2026-01-09');
        await enterDate(page, id, value);
        await page.locator(`${tool} button[type="submit"]`).click();
        await expectFieldError(page, tool, id, message);
        const text = (await page.locator(`#${id}-error`).textContent()) ?? '';
        expect(text).toContain(subject);
        expect(text).not.toMatch(/Enter the date/);
        expect(errors, 'page errors').toEqual([]);
        if (id === 'ap-denied' && value === '9999-12-31') {
          const violations = await axeViolations(page);
          expect(violations, describeViolations('/foil/ (appeal errors)', violations)).toEqual([]);
        }
        await context.close();
      },
    );
  });

  /** Builds a no-response appeal for a request received Monday 22 December 2025. */
  async function buildNoResponseAppeal(page: Page): Promise<void> {
    await page.goto(`${base}/foil/deadlines/`, { waitUntil: 'load' });
    await page.locator('#ap-kind-none').check();
    await enterDate(page, 'ap-request-date', '2025-12-22');
    await page.locator('#ap-records').fill('Possible match reports, 2024 to 2025.');
    await page.locator('#ap-name').fill('Test Requester');
    await page.locator('[data-pp-appeal-builder] button[type="submit"]').click();
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('ap-output-title');
  }

  it('says plainly that the appeal deadline has passed, by the date in New York', async () => {
    const { page, context, errors } = await openPage(session.browser);
    // 15:00 UTC on Thursday 3 December 2026: 10:00 in New York.
    await page.clock.setFixedTime(new Date('2026-12-03T15:00:00Z'));
    await buildNoResponseAppeal(page);
    // The appeal was due Wednesday 28 January 2026 (constructive denial on Dec 29 + 30 days).
    expect(await page.locator('[data-pp-appeal-due]').textContent()).toContain(
      'Wednesday, January 28, 2026',
    );
    const timing = page.locator('[data-pp-appeal-timing]');
    expect(await timing.isVisible()).toBe(true);
    expect(await timing.textContent()).toBe(
      'This date has passed (today is December 3, 2026 in New York).',
    );
    await expect
      .poll(() => page.locator('[data-pp-appeal-builder] [data-pp-status]').textContent())
      .toContain('This date has passed (today is December 3, 2026 in New York).');
    expect(errors).toEqual([]);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/foil/ (deadline passed)', violations)).toEqual([]);
    await context.close();
  });

  it('compares with the New York date, not UTC: at 04:30 UTC on Jan 29 the deadline is today', async () => {
    const { page, context, errors } = await openPage(session.browser);
    // 04:30 UTC on 29 January 2026 is 23:30 on Wednesday 28 January in New York.
    await page.clock.setFixedTime(new Date('2026-01-29T04:30:00Z'));
    await buildNoResponseAppeal(page);
    expect(await page.locator('[data-pp-appeal-timing]').textContent()).toBe(
      'This date is today (January 28, 2026 in New York).',
    );
    await context.close();
    expect(errors).toEqual([]);
  });

  it('says nothing about timing while the appeal deadline is ahead', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.clock.setFixedTime(new Date('2026-01-05T15:00:00Z'));
    await buildNoResponseAppeal(page);
    expect(await page.locator('[data-pp-appeal-timing]').isVisible()).toBe(false);
    expect(await page.locator('[data-pp-appeal-timing]').textContent()).toBe('');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('hints at a malformed email address beside the field but still builds the letter', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(`${base}/foil/letter/?technology=facial-recognition`, { waitUntil: 'load' });
    const tool = '[data-pp-request-builder]';
    await page
      .locator(`${tool} [data-pp-records-for="facial-recognition"] input[type="checkbox"]`)
      .first()
      .check();
    await page.locator('#rq-name').fill('Test Requester');
    await page.locator('#rq-email').fill('requester(at)example.org');
    await page.locator(`${tool} button[type="submit"]`).click();
    // Not blocking: the letter is built with the address as typed.
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('rq-output-title');
    expect(await page.locator('#rq-letter').inputValue()).toContain('requester(at)example.org');
    const hint = page.locator('#rq-email-advice');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe(
      'Check this email address: it has no @. An address looks like name@example.org. The letter is still built with what you typed.',
    );
    expect(await page.locator('#rq-email').getAttribute('aria-describedby')).toContain(
      'rq-email-advice',
    );
    expect(await page.locator('#rq-email').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator(`${tool} [data-pp-errors]`).isVisible()).toBe(false);
    await expect
      .poll(() => page.locator(`${tool} [data-pp-status]`).textContent())
      .toMatch(/^Letter built with 1 record\. .* Check this email address: it has no @\./);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/foil/letter/ (email hint)', violations)).toEqual([]);
    // Corrected (and the field left), the hint goes.
    await page.locator('#rq-email').fill('requester@example.org');
    await page.locator('#rq-email').blur();
    await expect.poll(() => page.locator('#rq-email-advice').count()).toBe(0);
    expect(await page.locator('#rq-email').getAttribute('aria-describedby')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('limits very long fields visibly, announces the limit once, and builds the letter', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(`${base}/foil/letter/?technology=facial-recognition`, { waitUntil: 'load' });
    const tool = '[data-pp-request-builder]';
    const count = page.locator('#rq-other-count');
    // The limit is stated before anything is typed, and linked to the field.
    expect(await count.textContent()).toBe('0 of 3,000 characters');
    expect(await page.locator('#rq-other').getAttribute('maxlength')).toBe('3000');
    expect(await page.locator('#rq-other').getAttribute('aria-describedby')).toContain(
      'rq-other-count',
    );
    const long = 'Records of each use of the system. '.repeat(100); // 3,500 characters
    await page.locator('#rq-other').fill(long);
    const kept = await page.locator('#rq-other').inputValue();
    expect(kept).toBe(long.slice(0, 3000));
    expect(await count.textContent()).toBe(
      '3,000 of 3,000 characters: the limit. Text beyond it is not kept.',
    );
    const status = page.locator(`${tool} [data-pp-status]`);
    // Announced once typing pauses (1 s), not on every key.
    await expect
      .poll(() => status.textContent(), { timeout: 5000 })
      .toBe('Other records, in your own words (optional): limit of 3,000 characters reached.');
    // A single-line field shows its count only near its limit.
    const nameCount = page.locator('#rq-name-count');
    await page.locator('#rq-name').fill('Test Requester');
    expect(await nameCount.isVisible()).toBe(false);
    await page.locator('#rq-name').fill('N'.repeat(250));
    expect(await page.locator('#rq-name').inputValue()).toHaveLength(200);
    expect(await nameCount.isVisible()).toBe(true);
    expect(await nameCount.textContent()).toMatch(/^200 of 200 characters/);
    await page.locator('#rq-name').fill('Test Requester');
    expect(await nameCount.isVisible()).toBe(false);
    await page.locator('#rq-email').fill('requester@example.org');
    await page.locator(`${tool} button[type="submit"]`).click();
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('rq-output-title');
    expect(await page.locator('#rq-letter').inputValue()).toContain(
      `1. Other records: ${kept.trim()}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    '/foil/letter/',
    '/foil/deadlines/',
    '/foil/where-to-send/',
    ...SLUGS.map((s) => `/foil/${s}/`),
  ])('%s is complete without JavaScript', async (path) => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(base + path);
    if (path === '/foil/letter/') {
      await expect(page.locator('[data-pp-request-builder] form').isVisible()).resolves.toBe(false);
      const template = page.locator('[data-pp-request-builder] [data-pp-template] pre');
      await expect(template.isVisible()).resolves.toBe(true);
      expect(await template.textContent()).toContain('Public Officers Law § 89(3)(a)');
    } else if (path === '/foil/deadlines/') {
      await expect(page.locator('[data-pp-deadline-calculator] form').isVisible()).resolves.toBe(
        false,
      );
      await expect(
        page.locator('[data-pp-appeal-builder] [data-pp-template] pre').isVisible(),
      ).resolves.toBe(true);
      // The worked example stands in for the calculator, key dates first.
      const example = page.locator('[data-pp-deadline-result]');
      expect(
        await example.locator('[data-pp-key-date="response"] time').getAttribute('datetime'),
      ).toBe('2025-12-29');
      expect(
        await example.locator('tr[data-pp-deadline="response"] time').getAttribute('datetime'),
      ).toBe('2025-12-29');
      const order = await example.evaluate(
        (el) =>
          !!(
            el
              .querySelector('[data-pp-key-dates]')!
              .compareDocumentPosition(el.querySelector('table')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      );
      expect(order).toBe(true);
      // Sources once for the table, not on every row.
      expect(await example.locator('tbody a[href^="http"]').count()).toBe(0);
      expect(
        await example.locator('[data-pp-table-sources] a[href^="http"]').count(),
      ).toBeGreaterThan(5);
    } else if (path === '/foil/where-to-send/') {
      expect(await page.locator('[data-pp-channel]').count()).toBe(3);
    } else {
      await expect(page.locator('#records').isVisible()).resolves.toBe(true);
      expect(await page.locator('.pp-foil-records a[href^="/policies/"]').count()).toBeGreaterThan(
        5,
      );
    }
    await context.close();
  });

  it.each(['/foil/', '/foil/where-to-send/', '/foil/deadlines/'])(
    '%s shows a source next to every legal statement',
    async (path) => {
      const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
      await page.goto(base + path);
      const facts = page.locator('[data-pp-fact]');
      const n = await facts.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const f = facts.nth(i);
        expect(
          await f.locator(':scope > .pp-fact__source a[href^="http"]').count(),
          (await f.textContent()) ?? '',
        ).toBeGreaterThan(0);
        expect(await f.locator(':scope > .pp-fact__source time').count()).toBe(1);
      }
      expect(await page.locator('main').textContent()).not.toMatch(/reference notes/i);
      await context.close();
    },
  );

  it('lists where to send best-sourced first, each with its source, what is known and its last-verified date', async () => {
    const { page, context } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(`${base}/foil/where-to-send/`);
    const channels = page.locator('[data-pp-channel]');
    expect(
      await channels.evaluateAll((els) => els.map((e) => e.getAttribute('data-pp-channel'))),
    ).toEqual(['channel-mail', 'channel-email', 'channel-openrecords']);
    for (let i = 0; i < 3; i++) {
      expect(await channels.nth(i).textContent()).toMatch(
        /Last verified.*not confirmed with the NYPD/s,
      );
      expect(await channels.nth(i).locator('a[href^="http"]').count()).toBeGreaterThan(0);
    }
    expect(
      await page.locator('[data-pp-channel="channel-openrecords"] .pp-channel__flag').textContent(),
    ).toBe('Unconfirmed');
    expect(
      await page.locator('[data-pp-channel="channel-email"] .pp-channel__flag').textContent(),
    ).toBe('Dated source');
    expect(await page.locator('[data-pp-channel="channel-email"]').textContent()).toMatch(
      /court-ordered settlement/,
    );
    expect(await page.locator('[data-pp-channel="channel-mail"]').textContent()).toMatch(
      /2015 NYPD letter/,
    );
    expect(await page.locator('#if-it-bounces + ol li').count()).toBeGreaterThan(2);
    await context.close();
  });

  it.each(SLUGS)(
    '/foil/%s/ links the short path: where to send, the letter and the deadlines',
    (slug) => {
      const html = readFileSync(path.join(SITE_DIR, 'foil', slug, 'index.html'), 'utf8');
      for (const href of [
        '/foil/where-to-send/',
        `/foil/letter/?technology=${slug}`,
        '/foil/deadlines/',
      ])
        expect(html, href).toContain(`href="${href}"`);
    },
  );

  it.each(SLUGS)('links every record of %s to an existing paragraph of its policy page', (slug) => {
    const foil = readFileSync(path.join(SITE_DIR, 'foil', slug, 'index.html'), 'utf8');
    const targets = extractIds(
      readFileSync(path.join(SITE_DIR, 'policies', slug, 'index.html'), 'utf8'),
    );
    const links = [...foil.matchAll(new RegExp(`href="/policies/${slug}/#([^"]+)"`, 'g'))].map(
      (m) => m[1] as string,
    );
    expect(links.length).toBeGreaterThan(10);
    for (const id of links) expect(targets.has(id), `#${id}`).toBe(true);
  });
});

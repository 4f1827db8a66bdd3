/**
 * The FOIL pages in other languages, in Chromium against the built site:
 * Spanish complete (the guide, the records maps, the letter builder with its
 * English letter and Spanish reading copy, the deadline calculator naming
 * days in Spanish), the short path (where to send) complete in every
 * language, English content marked `lang="en"`, axe clean, and Arabic
 * right to left without sideways scrolling on a phone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { openPage } from './support/page.ts';

const base = inject('baseURL');
const PHONE = { width: 375, height: 800 };
const SHORT_PATH_LANGUAGES = ['zh-hant', 'zh-hans', 'ru', 'bn', 'ht', 'ko', 'ar', 'ur', 'fr', 'pl'];

/**
 * The text of `<main>` the reader gets in the page's language: everything
 * except what is marked as another language (`lang` other than the page's),
 * scripts and the visually hidden live regions.
 */
const TEXT_IN_PAGE_LANGUAGE = `(() => {
  const pageLang = document.documentElement.lang;
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE') continue;
        const lang = child.getAttribute('lang');
        if (lang && lang !== pageLang) continue;
        walk(child);
      }
    }
  };
  walk(document.querySelector('main'));
  return out.join(' ').replace(/\\s+/g, ' ');
})()`;

/** English words of the FOIL pages' interface that must not be left on a translated page. */
const ENGLISH_WORDS = [
  'Source',
  'Sources',
  'Checked on',
  'Last verified',
  'Certainty',
  'Dated source',
  'Unconfirmed',
  'Where to send',
  'Write the letter',
  'Deadlines and appeals',
  'What to ask for',
  'Ask soon',
  'Records the policy says exist',
  'Suggested wording',
  'Build the letter',
  'Build the appeal',
  'Compute the deadlines',
  'Your key dates',
  'Copy letter',
  'Print letter',
  'Download as',
  'Not yet translated',
  'The channels',
  'If a channel bounces',
  'Where appeals go',
  'Request records in four steps',
];
/** Those words, less the ones a language spells the same way ("Source" in French). */
function englishInterface(lang: string): RegExp {
  const same = lang === 'fr' ? new Set(['Source', 'Sources']) : new Set<string>();
  return new RegExp(`\\b(${ENGLISH_WORDS.filter((w) => !same.has(w)).join('|')})\\b`);
}

async function textInPageLanguage(page: Page): Promise<string> {
  return page.evaluate<string>(TEXT_IN_PAGE_LANGUAGE);
}

async function expectAxeClean(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(label, violations)).toEqual([]);
}

/** Types a date into a focused <input type="date"> (Chromium, en-US: month, day, year). */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

describe('FOIL pages in other languages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('/es/foil/ shows the Spanish guide, with its facts and maps in Spanish and no untranslated part', async () => {
    const { page, context, errors, offOrigin } = await openPage(session.browser);
    await page.goto(`${base}/es/foil/`, { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe('Cómo pedir registros del NYPD según FOIL');
    expect(await page.locator('main h2#what-foil-covers').textContent()).toBe('Qué abarca FOIL');
    // The guide is not marked as English, and the page says nothing is left untranslated.
    expect(await page.locator('.pp-foil-guide').getAttribute('lang')).toBeNull();
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    // Its facts are in Spanish, with their sources named as they are (in English, marked).
    const response = page.locator('[data-pp-fact="foil-response-5-days"]').first();
    expect(await response.textContent()).toContain('Dentro de los cinco días hábiles siguientes');
    expect(await response.textContent()).toContain('Verificado el 21 de noviembre de 2026');
    expect(await response.locator('a').first().getAttribute('lang')).toBe('en');
    expect(await page.locator('.pp-card-list').textContent()).toContain('Pida pronto:');
    // Links stay in Spanish.
    expect(await page.locator('main a[href="/es/foil/letter/"]').count()).toBeGreaterThan(0);
    const text = await textInPageLanguage(page);
    expect(text).not.toMatch(englishInterface('es'));
    expect(text).toContain('Esto es una guía, no asesoramiento jurídico.');
    await expectAxeClean(page, '/es/foil/');
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('/es/foil/facial-recognition/ gives the records map in Spanish and each wording in English for the letter', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/es/foil/facial-recognition/`, { waitUntil: 'load' });
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    const record = page.locator('#record-possible-match-reports');
    expect(await record.locator('h3').textContent()).toBe('Informes de posible coincidencia');
    const wordings = record.locator('blockquote');
    expect(await wordings.count()).toBe(2);
    expect(await wordings.nth(0).getAttribute('lang')).toBe('en');
    expect(await wordings.nth(0).textContent()).toContain('All possible match reports');
    expect(await wordings.nth(1).getAttribute('lang')).toBeNull();
    expect(await wordings.nth(1).textContent()).toContain(
      'Todos los informes de posible coincidencia',
    );
    // Paragraph references name the policy's sections as printed, marked English.
    expect(await record.locator('.pp-foil-cites a').first().getAttribute('lang')).toBe('en');
    expect(await textInPageLanguage(page)).not.toMatch(englishInterface('es'));
    await expectAxeClean(page, '/es/foil/facial-recognition/');
    await context.close();
  });

  it('the Spanish letter builder writes the English letter and a Spanish reading copy not to be sent', async () => {
    const { page, context, errors, offOrigin } = await openPage(session.browser);
    await page.goto(`${base}/es/foil/letter/?technology=thermographic-cameras`, {
      waitUntil: 'networkidle',
    });
    expect(await page.locator('h1').textContent()).toBe('Redactar una carta de solicitud FOIL');
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    const group = page.locator('[data-pp-records-for="thermographic-cameras"]');
    expect(await group.locator('label').first().textContent()).toContain(
      'Imágenes térmicas y datos del robot de seguridad autónomo',
    );
    // Submitting empty: errors in Spanish, beside the fields.
    await page.locator('[data-pp-request-builder] button[type="submit"]').click();
    const summary = page.locator('[data-pp-request-builder] [data-pp-errors]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('Hay 3 problemas:');
    expect(await summary.textContent()).toContain('Introduzca su nombre.');
    expect(await page.locator('#rq-name-error').textContent()).toMatch(
      /^Error: Introduzca su nombre\./,
    );
    await expectAxeClean(page, '/es/foil/letter/ (errors)');

    await group.locator('input[type="checkbox"]').nth(0).check();
    await group.locator('input[type="checkbox"]').nth(2).check();
    await page.locator('#rq-name').fill('Ana Solicitante');
    await page.locator('#rq-email').fill('ana@example.org');
    await page.locator('#rq-date').focus();
    await typeDate(page, '2025-12-22');
    await page.locator('[data-pp-request-builder] button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-pp-request-builder] [data-pp-status]').textContent())
      .toContain('Carta redactada con 2 registros.');

    const letter = await page.locator('#rq-letter').inputValue();
    expect(await page.locator('#rq-letter').getAttribute('lang')).toBe('en');
    expect(letter).toContain(
      "Re: Freedom of Information Law request: records about the NYPD's use of Thermographic Cameras",
    );
    expect(letter).toContain(
      '1. Autonomous security robot thermal images and data: Infrared thermal images',
    );
    expect(letter).toContain('\nDecember 22, 2025\n');
    expect(letter).toContain('requires a response within five business days of receipt');
    expect(letter).not.toMatch(/solicitud|días|registros/);

    const reading = page.locator('#rq-letter ~ [data-pp-reading] [data-pp-reading-copy]');
    await expect.poll(() => reading.isVisible()).toBe(true);
    expect(await page.locator('#rq-reading-title').textContent()).toBe(
      'Copia de lectura en español: no la envíe',
    );
    const copy = (await reading.textContent()) ?? '';
    expect(copy.startsWith('COPIA DE LECTURA EN ESPAÑOL: NO LA ENVÍE.')).toBe(true);
    expect(copy).toContain('Asunto: solicitud según la Ley de Libertad de Información');
    expect(copy).toContain('1. Imágenes térmicas y datos del robot de seguridad autónomo: ');
    expect(copy).toContain('\n22 de diciembre de 2025\n');
    expect(copy).toContain('dentro de los cinco días hábiles siguientes a la recepción');
    expect(copy).toContain('Ana Solicitante');

    // What is copied and downloaded is the English letter.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-pp-request-builder] [data-pp-download-letter]').click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(letter);
    await expectAxeClean(page, '/es/foil/letter/ (letter built)');
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('the deadline calculator in /es/ names days and holidays in Spanish', async () => {
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(`${base}/es/foil/deadlines/`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    const tool = page.locator('[data-pp-deadline-calculator]');
    await tool.locator('button[type="submit"]').click();
    await expect.poll(() => tool.locator('[data-pp-errors]').isVisible()).toBe(true);
    expect(await tool.locator('[data-pp-errors]').textContent()).toContain(
      'Introduzca la fecha en que se recibió la solicitud.',
    );
    await page.locator('#dl-received').focus();
    await typeDate(page, '2025-12-22');
    await page.locator('#dl-channel-paper').check();
    await tool.locator('button[type="submit"]').click();
    await expect
      .poll(() => tool.locator('[data-pp-status]').textContent())
      .toContain('El NYPD debe responder a más tardar el lunes, 29 de diciembre de 2025.');
    const response = tool.locator('tr[data-pp-deadline="response"]');
    expect(await response.locator('time').getAttribute('datetime')).toBe('2025-12-29');
    expect(await response.locator('time').textContent()).toBe('lunes, 29 de diciembre de 2025');
    const how = (await response.locator('td').nth(1).textContent()) ?? '';
    expect(how).toContain(
      'lun, 22 dic (1); mar, 23 dic (2); mié, 24 dic (3); vie, 26 dic (4); lun, 29 dic (5)',
    );
    expect(how).toContain('jue, 25 dic (Navidad); sáb, 27 dic–dom, 28 dic (fin de semana)');
    expect(await tool.locator('[data-pp-key-date] dt').allTextContents()).toEqual([
      'Respuesta a más tardar',
      'Apelar a más tardar',
      'Acudir a los tribunales a más tardar',
    ]);
    // The explanations are in the page's language: nothing marked English in them.
    expect(await response.locator('[lang="en"]').count()).toBe(0);
    await expectAxeClean(page, '/es/foil/deadlines/ (deadlines shown)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in French, the calculator speaks French and marks its English explanations', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/fr/foil/deadlines/`, { waitUntil: 'networkidle' });
    // Explanations and most facts are not translated into French yet: the page says so.
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(1);
    const tool = page.locator('[data-pp-deadline-calculator]');
    await page.locator('#dl-received').focus();
    await typeDate(page, '2025-12-22');
    await page.locator('#dl-channel-paper').check();
    await tool.locator('button[type="submit"]').click();
    await expect
      .poll(() => tool.locator('[data-pp-status]').textContent())
      .toContain('Le NYPD doit répondre au plus tard le lundi 29 décembre 2025.');
    const how = tool.locator('tr[data-pp-deadline="response"] td').nth(1);
    const english = how.locator('p[lang="en"]');
    expect(await english.count()).toBeGreaterThan(0);
    expect(await english.first().textContent()).toContain('Five business days counted from day 1');
    expect(await tool.locator('[data-pp-key-date] dt').first().textContent()).toBe(
      'Réponse attendue',
    );
    await expectAxeClean(page, '/fr/foil/deadlines/ (deadlines shown)');
    await context.close();
  });

  it.each(SHORT_PATH_LANGUAGES)(
    '/%s/foil/where-to-send/ is complete in its language',
    async (lang) => {
      const { page, context } = await openPage(session.browser);
      await page.goto(`${base}/${lang}/foil/where-to-send/`, { waitUntil: 'load' });
      expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
      expect(await page.locator('[data-pp-channel]').count()).toBe(3);
      // Postal addresses stay as written, marked English.
      expect(
        await page.locator('[data-pp-channel="channel-mail"] address').getAttribute('lang'),
      ).toBe('en');
      expect(await textInPageLanguage(page)).not.toMatch(englishInterface(lang));
      await context.close();
    },
  );

  it('/ar/foil/where-to-send/ reads right to left, fits a phone and is axe clean', async () => {
    const { page, context, errors } = await openPage(session.browser, { viewport: PHONE });
    await page.goto(`${base}/ar/foil/where-to-send/`, { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('h1').textContent()).toBe('أين تُرسل طلب FOIL إلى NYPD');
    const width = await page.evaluate<[number, number]>(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    expect(width[0], 'page width at 375 px').toBeLessThanOrEqual(width[1]);
    // The step numbers of the short path sit at the start of the line, on the right.
    const step = await page.evaluate(`(() => {
      const li = getComputedStyle(document.querySelector('#step-where-to-send'));
      return [li.paddingRight, li.paddingLeft];
    })()`);
    expect(step).toEqual(['48px', '12.8px']);
    await expectAxeClean(page, '/ar/foil/where-to-send/ (375 px)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/ar/foil/letter/ builds the English letter with Arabic labels and messages', async () => {
    const { page, context, errors } = await openPage(session.browser, { viewport: PHONE });
    await page.goto(`${base}/ar/foil/letter/`, { waitUntil: 'networkidle' });
    expect(await page.locator('label[for="rq-name"]').textContent()).toBe('الاسم');
    await page.locator('[data-pp-request-builder] button[type="submit"]').click();
    const summary = page.locator('[data-pp-request-builder] [data-pp-errors]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('أدخل اسمك.');
    const width = await page.evaluate<[number, number]>(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    expect(width[0], 'page width at 375 px').toBeLessThanOrEqual(width[1]);
    await expectAxeClean(page, '/ar/foil/letter/ (errors, 375 px)');
    expect(errors).toEqual([]);
    await context.close();
  });
});

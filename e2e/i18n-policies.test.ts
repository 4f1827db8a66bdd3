/**
 * The policy area in other languages (issue 15): /es/ pages in Spanish, the
 * policy text itself in English and marked so, the same anchors as the
 * English pages, the authoritative English policy named with its version and
 * date, and one /ar/ policy page right to left on a phone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECTION_KEYS } from '../src/schemas/sections.ts';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { extractIds, extractLinks } from './support/links.ts';
import { openPage } from './support/page.ts';
import { SITE_DIR } from './support/site.ts';

const base = inject('baseURL');
const SLUGS = ['facial-recognition', 'thermographic-cameras'];

/** The built page's HTML (a page path like `/es/policies/x/`). */
function html(page: string): string {
  return readFileSync(path.join(SITE_DIR, page, 'index.html'), 'utf8');
}

/** The visible text of an HTML fragment, without scripts, styles and tags. */
function text(fragment: string): string {
  return fragment
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(?:a|strong|span|time|code|em|i|b|sup|dfn|abbr|mark)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function main(page: string): string {
  const h = html(page);
  return h.slice(h.indexOf('<main'), h.indexOf('</main>'));
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

describe('/es/policies/facial-recognition/', () => {
  const PAGE = '/es/policies/facial-recognition/';

  it('names the ten statutory sections in Spanish, the printed heading kept in English', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(base + PAGE);
    const sections = page.locator('.pp-policy-section > h2');
    const ids = await sections.evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.filter((id) => (SECTION_KEYS as readonly string[]).includes(id))).toEqual([
      ...SECTION_KEYS,
    ]);
    const name = (key: string) => page.locator(`h2#${key} .pp-section-name`).textContent();
    await expect(name('capabilities')).resolves.toBe('Capacidades');
    await expect(name('rules')).resolves.toBe('Normas, procesos y directrices');
    await expect(name('external-entities')).resolves.toBe('Entidades externas');
    await expect(name('disparate-impacts')).resolves.toBe('Impactos dispares');
    // The NYPD's heading as printed, in English and marked so.
    const printed = page.locator('h2#rules .pp-section-printed');
    await expect(printed.getAttribute('lang')).resolves.toBe('en');
    await expect(printed.textContent()).resolves.toBe(
      'RULES, PROCESSES & GUIDELINES RELATING TO USE OF THE TECHNOLOGY',
    );
    // The headings' accessible names start in Spanish.
    const heading = await page.getByRole('heading', { name: /^Entidades externas/ }).count();
    expect(heading).toBe(1);
    await context.close();
  });

  it('keeps every paragraph of the policy in English, marked lang="en", and the interface in Spanish', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(base + PAGE);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    const blocks = page.locator('[data-pp-para] > :is(p, ol, ul)');
    const n = await blocks.count();
    expect(n).toBeGreaterThan(30);
    const langs = await blocks.evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(new Set(langs)).toEqual(new Set(['en']));
    await expect(page.locator('#retention-p1 > p').textContent()).resolves.toMatch(/\bthe\b/i);
    // The footnote texts and the changes table are the NYPD's too.
    expect(
      await page
        .locator('#footnotes li > span')
        .evaluateAll((els) => els.every((el) => el.getAttribute('lang') === 'en')),
    ).toBe(true);
    expect(
      await page
        .locator('#changes ~ div table tbody tr, #changes + * table tbody tr')
        .evaluateAll(
          (trs) => trs.length > 0 && trs.every((tr) => tr.getAttribute('lang') === 'en'),
        ),
    ).toBe(true);
    // The portal's own words around them are Spanish.
    const words = text(main(PAGE));
    for (const es of [
      'En esta página',
      'Resumen de cambios entre el borrador y la política final',
      'Notas al pie',
      'Documento de origen',
      'Publicado por el NYPD',
      'Texto compartido',
      '(enlace a este párrafo)',
    ])
      expect(words).toContain(es);
    for (const en of [
      'On this page',
      'Summary of changes between draft',
      'Source document',
      'Published by the NYPD',
      'link here',
      'Shared text',
      'Back to the text',
      'Missing from the published policy',
      'Highlight shared passages',
    ])
      expect(words, en).not.toContain(en);
    await context.close();
  });

  it('names the authoritative English policy, its status and that it prints no date', () => {
    const notice = text(
      /<aside class="pp-translation-notice[\s\S]*?<\/aside>/.exec(html(PAGE))?.[0] ?? '',
    );
    expect(notice).toContain(
      'La política en inglés del NYPD (final; el documento no indica ninguna fecha) es la que vale.',
    );
    // A policy that prints a date says it, formatted in Spanish.
    const thermo = text(
      /<aside class="pp-translation-notice[\s\S]*?<\/aside>/.exec(
        html('/es/policies/thermographic-cameras/'),
      )?.[0] ?? '',
    );
    expect(thermo).toContain(
      'La política en inglés del NYPD (final, actualizada el 11 de abril de 2023) es la que vale.',
    );
  });

  it.each(SLUGS)('has exactly the anchors of the English page (%s)', (slug) => {
    const es = extractIds(html(`/es/policies/${slug}/`));
    const en = extractIds(html(`/policies/${slug}/`));
    const paragraphs = (ids: Set<string>) =>
      [...ids].filter((id) => /^[a-z-]+-p\d+(-\d+)?$|^addendum-\d+$|^fn(ref)?-\d+/.test(id)).sort();
    expect(paragraphs(es).length).toBeGreaterThan(40);
    expect(paragraphs(es)).toEqual(paragraphs(en));
    for (const key of SECTION_KEYS) expect(es.has(key), key).toBe(true);
  });

  it('lands on a paragraph from a Spanish link, and cites it in Spanish words with the English citation', async () => {
    const { page, context } = await openPage(session.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}${PAGE}#external-entities-p3`);
    const para = page.locator('#external-entities-p3');
    await expect(para.isVisible()).resolves.toBe(true);
    const inView = await para.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    const button = para.locator('[data-pp-copy]');
    await expect(button.textContent()).resolves.toBe('Citar');
    await expect(button.getAttribute('aria-label')).resolves.toMatch(
      /^Citar: copiar la cita y el enlace de NYPD Impact and Use Policy: Facial Recognition, External Entities ¶3$/,
    );
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-pp-copy-status]').textContent())
      .toContain(
        `Copiado: NYPD Impact and Use Policy: Facial Recognition, External Entities ¶3. ${base}${PAGE}#external-entities-p3`,
      );
    await context.close();
  });

  it('links within the Spanish site: its citations from other Spanish pages resolve', () => {
    for (const from of ['/es/compare/', '/es/scorecard/facial-recognition/', '/es/timeline/']) {
      const links = extractLinks(html(from)).anchors.filter((h) =>
        /^\/es\/policies\/[a-z-]+\/#/.test(h),
      );
      expect(links.length, from).toBeGreaterThan(0);
      for (const href of new Set(links)) {
        const [pagePath, id] = href.split('#') as [string, string];
        expect(extractIds(html(pagePath)).has(decodeURIComponent(id)), `${from}: ${href}`).toBe(
          true,
        );
      }
      // No link from a Spanish page leads back to an English policy page.
      expect(
        extractLinks(html(from)).anchors.filter((h) => /^\/policies\//.test(h)),
        from,
      ).toEqual([]);
    }
  });

  it('has no axe violations, console errors or off-origin requests', async () => {
    const { page, context, offOrigin, errors } = await openPage(session.browser);
    await page.goto(base + PAGE, { waitUntil: 'load' });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(PAGE, violations)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the oversight views in Spanish', () => {
  it('/es/compare/ labels the matrix, its filters and its values in Spanish and announces the filter in Spanish', async () => {
    const words = text(main('/es/compare/'));
    for (const es of [
      'Comparar políticas: datos clave',
      'Datos clave por política (17 datos × 2 políticas)',
      'Intercambio fuera del NYPD',
      'Autorización judicial',
      'No se solicita',
      'Los datos clave en detalle',
      'revisado a mano',
      'Conservación, acceso y uso de los datos ¶',
      '30 días (solo el robot de seguridad)',
    ])
      expect(words, es).toContain(es);
    for (const en of [
      'Key facts by policy',
      'Not sought',
      'Not stated',
      'by rule',
      'Data and retention',
      'curated)',
    ])
      expect(words, en).not.toContain(en);

    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/es/compare/`);
    await page.getByLabel('Filtrar tecnologías').fill('thermo');
    await expect(page.locator('[data-pp-matrix-status]').textContent()).resolves.toBe(
      'Se muestran 1 de 2 tecnologías; todos los datos.',
    );
    await page.getByLabel('Mostrar datos').selectOption('security');
    await expect(page.locator('[data-pp-matrix-status]').textContent()).resolves.toBe(
      'Se muestran 1 de 2 tecnologías; seguridad.',
    );
    const facts = await page
      .locator('[data-pp-matrix] tbody:not([hidden]) tr[data-pp-matrix-row] th')
      .allTextContents();
    expect(facts.map((f) => f.trim())).toEqual([
      'Control de acceso',
      'Autenticación',
      'Cifrado en tránsito',
      'Cifrado en reposo',
    ]);
    // Technology names stay as the NYPD names them, marked English.
    await expect(
      page.locator('[data-pp-matrix] thead th[data-technology] a').first().getAttribute('lang'),
    ).resolves.toBe('en');
    const violations = await axeViolations(page);
    expect(violations, describeViolations('/es/compare/', violations)).toEqual([]);
    await context.close();
  });

  it('/es/scorecard/ gives criteria, results and reasons in Spanish', async () => {
    const index = text(main('/es/scorecard/'));
    for (const es of [
      'Evaluación de exhaustividad',
      'Toda la ciudad',
      'Criterios cumplidos',
      'Cumple',
      'No cumple',
      'Por criterio',
      'de 19',
    ])
      expect(index, es).toContain(es);
    for (const en of [
      'Citywide',
      'Criteria met',
      'Pass ',
      'Fail ',
      'By criterion',
      ' of 19',
      'details',
    ])
      expect(index, en).not.toContain(en);

    for (const slug of SLUGS) {
      const card = text(main(`/es/scorecard/${slug}/`));
      expect(card).toContain('Secciones exigidas por la ley');
      expect(card).toContain('Las preguntas concretas de la ley');
      expect(card).toMatch(/Criterios cumplidos: \d+ de 19\./);
      expect(card).not.toMatch(/\bwords\b|not shared with other policies|Substantive:|Not found/);
    }
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/es/scorecard/thermographic-cameras/`);
    const rows = page.locator('tr[data-pp-criterion]');
    expect(await rows.count()).toBe(19);
    for (let i = 0; i < 19; i++) {
      const why = ((await rows.nth(i).locator('td').nth(2).textContent()) ?? '').trim();
      expect(why, `row ${i}`).toMatch(
        /^(Con contenido sustancial|Falta|Respondido sin|No se|Se |Ninguna|La sección|[A-ZÁÉÍÓÚ][^:]+: \d+ palabras|[A-Z][a-z]+ )/,
      );
    }
    const violations = await axeViolations(page);
    expect(
      violations,
      describeViolations('/es/scorecard/thermographic-cameras/', violations),
    ).toEqual([]);
    await context.close();
  });

  it.each([
    [
      '/es/policies/',
      [
        'Políticas de Impacto y Uso',
        'Todas las tecnologías conocidas',
        'Solo mencionada',
        'Citada por un tercero, sin confirmar',
        'borrador sometido a comentarios del público',
      ],
      ['Every known technology', 'Only referenced', 'Not in the inventory', 'Last update printed'],
    ],
    [
      '/es/timeline/',
      [
        'Cronología de las políticas',
        'Adenda',
        'Historia de cada política',
        'Comparación de versiones',
        'no indica fecha de publicación',
      ],
      ['All events', 'History by policy', 'prints no posted or updated date'],
    ],
    [
      '/es/boilerplate/',
      ['Texto repetido', 'Por política', 'Por sección', 'Método', 'Capacidades'],
      ['By policy', 'By section', 'Shared words', 'Method '],
    ],
    [
      '/es/boilerplate/facial-recognition/',
      [
        'Texto compartido en la política de',
        'Pasajes compartidos',
        'También en:',
        'Resaltar los pasajes compartidos',
      ],
      ['Shared passages', 'Also in:', 'words)'],
    ],
    [
      '/es/sources/',
      [
        'Documentos de origen',
        'Qué es',
        'Texto extraído del PDF publicado',
        'actualizada el 11 de abril de 2023',
      ],
      ['What it is', 'Imported as', 'no date printed'],
    ],
  ] as const)('%s is in Spanish and axe clean', async (url, spanish, english) => {
    const words = text(main(url));
    for (const es of spanish) expect(words, es).toContain(es);
    for (const en of english) expect(words, en).not.toContain(en);
    const { page, context, errors } = await openPage(session.browser);
    await page.goto(base + url, { waitUntil: 'load' });
    // Spanish is complete here: no "not yet translated" notice.
    expect(await page.locator('[data-pp-not-translated]').count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(url, violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('announces the shared-passage highlight in Spanish', async () => {
    const { page, context } = await openPage(session.browser);
    await page.goto(`${base}/es/boilerplate/thermographic-cameras/`);
    const button = page.locator('[data-pp-shared-toggle]');
    await expect(button.textContent()).resolves.toMatch(/Resaltar los pasajes compartidos/);
    await button.click();
    await expect(page.locator('[data-pp-shared-status]').textContent()).resolves.toMatch(
      /^Se resaltan \d+ pasajes compartidos\.$/,
    );
    await button.click();
    await expect(page.locator('[data-pp-shared-status]').textContent()).resolves.toBe(
      'El resaltado de los pasajes compartidos está desactivado.',
    );
    await context.close();
  });
});

describe('a language without the longer texts yet (French)', () => {
  it('shows the interface in French, the English prose marked lang="en" and the notice', () => {
    const words = text(main('/fr/scorecard/facial-recognition/'));
    expect(words).toContain('Sections exigées par la loi');
    expect(words).toMatch(/Critères satisfaits : \d+ sur 19\./);
    const h = html('/fr/scorecard/facial-recognition/');
    expect(h).toContain('data-pp-not-translated');
    // The reasons are English, marked as such.
    const why = [...h.matchAll(/<td data-label="Motif"([^>]*)>/g)].map((m) => m[1]);
    expect(why.length).toBe(19);
    for (const attrs of why) expect(attrs).toContain('lang="en"');
  });
});

describe('/ar/policies/thermographic-cameras/ (right to left)', () => {
  const PAGE = '/ar/policies/thermographic-cameras/';

  it('is right to left, its policy text English, with no horizontal scroll at 375 px', async () => {
    const { page, context, errors } = await openPage(session.browser, {
      viewport: { width: 375, height: 800 },
    });
    await page.goto(base + PAGE, { waitUntil: 'load' });
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    const langs = await page
      .locator('[data-pp-para] > :is(p, ol, ul)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(langs.length).toBeGreaterThan(30);
    expect(new Set(langs)).toEqual(new Set(['en']));
    await expect(page.locator('h2#capabilities .pp-section-name').textContent()).resolves.toBe(
      'القدرات',
    );
    await expect(page.locator('[data-pp-translation-notice]').textContent()).resolves.toContain(
      'النص المعتمد هو سياسة NYPD باللغة الإنجليزية (نهائية، حُدّثت في',
    );
    const width = await page.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    const [scroll, client] = width as [number, number];
    expect(scroll, 'page width').toBeLessThanOrEqual(client);
    // The "Cite" buttons sit in the paragraphs' start gutter, on the right.
    const box = await page.locator('#capabilities-p1 [data-pp-copy]').boundingBox();
    const para = await page.locator('#capabilities-p1').boundingBox();
    expect(box && para && box.x + box.width).toBeGreaterThan(
      (para?.x ?? 0) + (para?.width ?? 0) - 60,
    );
    const violations = await axeViolations(page);
    expect(violations, describeViolations(PAGE, violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The reports in other languages (issue 15), against the built site: the
 * Spanish /reports/ lists every report in Spanish and links the one English
 * PDF of each, saying it is in English; a Spanish hearing packet and annual
 * report have Spanish headings, table headers, field names, status words,
 * cover labels and questions, with the English they quote marked
 * `lang="en"`; a French packet shows its untranslated prose in English,
 * marked and announced; the Arabic annual report reads right to left and
 * does not scroll sideways on a phone (its wide tables scroll in their own
 * region). Every page is axe-clean.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Session } from '../scripts/lib/browser.ts';
import { readManifest } from '../scripts/reports/stage.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { openPage } from './support/page.ts';
import { SITE_DIR } from './support/site.ts';

const base = inject('baseURL');
const manifest = readManifest(SITE_DIR);
const file = (address: string) =>
  path.join(SITE_DIR, address.endsWith('/') ? `${address}index.html` : address);

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

/** Opens a page and returns it with a cleanup. */
async function open(p: string, viewport?: { width: number; height: number }) {
  const guarded = await openPage(session.browser, viewport ? { viewport } : {});
  await guarded.page.goto(base + p, { waitUntil: 'load' });
  return guarded;
}

/** The text of every element matching `selector` inside the article (or the main). */
async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** Interface words of the English reports that must not be left on a translated page. */
const ENGLISH_INTERFACE = [
  'Web page',
  'Inputs and hashes (JSON)',
  'not printed',
  'Data as of',
  'Data fingerprint',
  'Code version',
  'This report',
  'Contents',
  'What changed',
  'Reporting gap',
  'Suggested questions for witnesses',
  'Required elsewhere by',
  'NYPD publishes',
  'not reported',
  'not applicable',
  'Who makes the claim',
  'Recommendation tracker',
];

describe('/es/reports/', () => {
  it('lists every report in Spanish, with Spanish dates, numbers and sizes', async () => {
    const { page, context } = await open('/es/reports/');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect((await texts(page, 'main h1'))[0]).toBe('Informes');
    expect(await texts(page, 'main h2')).toEqual([
      'Cómo se hacen los informes',
      'Qué informes de la OIG-NYPD incluye un dosier',
      'Campos del informe anual',
    ]);
    expect(await texts(page, 'main table thead th')).toEqual([
      'Informe',
      'Datos al',
      'Páginas',
      'Tamaño del PDF',
      'Huella (primeros 12 dígitos)',
      'Formatos',
    ]);
    const rows = await texts(page, 'main table tbody th[scope="row"]');
    expect(rows).toEqual(
      manifest.reports.map((r) =>
        r.kind === 'annual-report'
          ? `Informe anual de la ciudad ${r.year}`
          : `Dosier para audiencias: ${r.title.replace(/^Hearing packet: /, '')}`,
      ),
    );
    const cells = await page
      .locator('main table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
    for (const [i, r] of manifest.reports.entries()) {
      const side = JSON.parse(readFileSync(file(r.sidecar), 'utf8')) as { pdf: { pages: number } };
      const [date, pages, size] = cells[i]!;
      expect(date).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
      expect(pages).toBe(String(side.pdf.pages));
      expect(size).toMatch(/^\d+(,\d)? (kB|MB)$/);
    }
    const main = await page.locator('main').innerText();
    for (const word of ENGLISH_INTERFACE) expect(main, word).not.toContain(word);
    expect(main).toContain('Los PDF, en inglés, se imprimieron');
    await context.close();
  });

  it('links the one English PDF of each report, says so, and names it by its report', async () => {
    const { page, context } = await open('/es/reports/');
    for (const r of manifest.reports) {
      const link = page.locator(`main a[href="${r.pdf}"]`);
      await expect(link.count()).resolves.toBe(1);
      expect(await link.getAttribute('hreflang')).toBe('en');
      expect((await link.innerText()).trim()).toBe('PDF (en inglés)');
      const title = (await page.locator(`#report-${r.id} th`).innerText()).trim();
      await expect(
        page.getByRole('link', { name: `PDF (en inglés) ${title}`, exact: true }).count(),
      ).resolves.toBe(1);
      // The web page is the Spanish one; the sidecar is shared.
      await expect(page.locator(`#report-${r.id} a[href="/es${r.html}"]`).count()).resolves.toBe(2);
      await expect(page.locator(`#report-${r.id} a[href="${r.sidecar}"]`).count()).resolves.toBe(1);
    }
    await context.close();
  });
});

describe('/es/reports/facial-recognition/', () => {
  it('has its headings, cover labels, table headers, field names and status words in Spanish', async () => {
    const { page, context } = await open('/es/reports/facial-recognition/');
    const article = 'article.pp-report';
    expect((await texts(page, `${article} h1`))[0]).toBe(
      'Dosier para audiencias: Facial Recognition',
    );
    expect(await texts(page, `${article} section > h2`)).toEqual([
      'Qué cambió',
      'La política de un vistazo',
      'Evaluación de completitud',
      'Texto repetido por sección',
      'Brecha de información',
      'Cifras publicadas y quién las afirma',
      'Conclusiones y recomendaciones de la OIG-NYPD',
      'Mapa de registros FOIL',
      'Preguntas sugeridas para los testigos',
      'Fuentes',
    ]);
    expect(await texts(page, `${article} .pp-report__facts dt`)).toEqual([
      'Tecnología',
      'Versión de la política',
      'En el portal desde',
      'En resumen',
      'Datos al',
      'Huella de los datos',
      'Versión del código',
      'Este informe',
    ]);
    expect(await texts(page, `${article} table.pp-report__gap thead th`)).toEqual([
      'N.º',
      'Campo',
      'Exigido en otros lugares por',
      'El NYPD publica',
      'Detalle',
    ]);
    const fields = await texts(page, `${article} table.pp-report__gap tbody th[scope="row"]`);
    expect(fields).toHaveLength(16);
    expect(fields[10]).toBe('Costo anual y fuente de financiación');
    expect(fields[15]).toBe(
      'Solo reconocimiento facial: los elementos adicionales de la política y de la auditoría anual',
    );
    const statuses = await texts(page, `${article} [data-pp-field-status]`);
    expect(new Set(statuses)).toEqual(new Set(['no informado']));
    const headers = (
      await texts(page, `${article} thead th, ${article} caption, ${article} h3`)
    ).join('\n');
    for (const word of ENGLISH_INTERFACE) expect(headers, word).not.toContain(word);
    await context.close();
  });

  it('asks its questions in Spanish and marks the English it quotes', async () => {
    const { page, context } = await open('/es/reports/facial-recognition/');
    const questions = await texts(page, '[data-pp-question] .pp-report__question');
    expect(questions.length).toBeGreaterThan(10);
    expect(questions).toContain(
      '¿Cuánto gastó el NYPD en Facial Recognition el último año, y con qué fuente de financiación?',
    );
    // No question is marked as English: they are all translated.
    await expect(
      page.locator('[data-pp-question] .pp-report__question[lang]').count(),
    ).resolves.toBe(0);
    const oig = page.locator('[data-pp-question="oig"] .pp-report__question');
    await expect(oig.locator('span[lang="en"]').first().innerText()).resolves.toBe(
      "An Assessment of NYPD's Response to the Public Oversight of Surveillance Technology (POST) Act",
    );
    // The policy's changes table and the sources' figures stay English, marked so.
    await expect(
      page.locator('#what-changed tbody th[lang="en"]').first().innerText(),
    ).resolves.toMatch(/^Removed statement/);
    await expect(
      page.locator('#published-figures tbody th[lang="en"]').count(),
    ).resolves.toBeGreaterThan(3);
    // The cover links the English PDF and says it is in English.
    const pdf = page.locator('[data-pp-fill="facial-recognition:pdf-link"] a');
    expect(await pdf.getAttribute('href')).toBe('/reports/facial-recognition.pdf');
    expect(await pdf.getAttribute('hreflang')).toBe('en');
    await expect(page.locator('.pp-report__facts').innerText()).resolves.toContain(
      'PDF en inglés:',
    );
    await context.close();
  });

  it('words “not applicable” in the packet of a technology a field does not apply to', async () => {
    const { page, context } = await open('/es/reports/thermographic-cameras/');
    await expect(
      page.locator('#gap-facial-recognition-audit [data-pp-field-status]').textContent(),
    ).resolves.toBe('no aplicable');
    await context.close();
  });
});

describe('a language with the interface only (French)', () => {
  it('shows the interface in French and the untranslated prose in English, marked and announced', async () => {
    const { page, context } = await open('/fr/reports/facial-recognition/');
    await expect(page.locator('[data-pp-not-translated]').count()).resolves.toBe(1);
    expect((await texts(page, 'article section > h2'))[4]).toBe('Lacunes des rapports');
    await expect(page.locator('.pp-report__summary').getAttribute('lang')).resolves.toBe('en');
    const q = page.locator('[data-pp-question] .pp-report__question').first();
    await expect(q.getAttribute('lang')).resolves.toBe('en');
    await expect(
      page.locator('[data-pp-question] .pp-report__question-meta').first().innerText(),
    ).resolves.toMatch(/^Pour : NYPD\./);
    await context.close();
  });
});

describe('/ar/reports/annual/2024/', () => {
  it('reads right to left and does not scroll sideways on a phone; the wide tables scroll in their region', async () => {
    const { page, context } = await open('/ar/reports/annual/2024/', { width: 375, height: 800 });
    expect([
      await page.getAttribute('html', 'lang'),
      await page.getAttribute('html', 'dir'),
    ]).toEqual(['ar', 'rtl']);
    const width = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    const region = page.locator('.pp-table-wrap:has(table.pp-report__gap-matrix)');
    expect([await region.getAttribute('role'), await region.getAttribute('tabindex')]).toEqual([
      'region',
      '0',
    ]);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect((await texts(page, 'article section > h2'))[6]).toBe('فجوة الإبلاغ عبر التقنيات');
    await context.close();
  });
});

describe('without Chromium', () => {
  it('says in Spanish that the PDFs were not made, keeping the reason in English, and links none', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pp-reports-es-'));
    try {
      for (const dir of ['reports', 'es/reports'])
        cpSync(path.join(SITE_DIR, dir), path.join(out, dir), { recursive: true });
      for (const f of readdirSync(path.join(out, 'reports'), { recursive: true, encoding: 'utf8' }))
        if (f.endsWith('.pdf')) rmSync(path.join(out, 'reports', f));
      await promisify(execFile)(path.resolve('node_modules/.bin/node'), ['scripts/reports.ts'], {
        env: { ...process.env, PP_OUT_DIR: out, CHROMIUM_PATH: '/nonexistent/chromium' },
      });
      const index = readFileSync(path.join(out, 'es', 'reports', 'index.html'), 'utf8');
      expect(index).toContain(
        'Los PDF no se generaron en esta compilación: <bdi lang="en">no Chromium at /nonexistent/chromium',
      );
      expect(index).not.toMatch(/href="[^"]+\.pdf"/);
      for (const r of manifest.reports) {
        expect(index).toMatch(
          new RegExp(
            `data-pp-fill="${r.id}:pdf"[^>]*>PDF \\(en inglés\\) no generado en esta compilación</span>`,
          ),
        );
        expect(index).toMatch(new RegExp(`data-pp-fill="${r.id}:pages"[^>]*>no impreso</span>`));
        const page = readFileSync(path.join(out, 'es', r.html, 'index.html'), 'utf8');
        expect(page).toMatch(
          new RegExp(`data-pp-fill="${r.id}:pdf-link"[^>]*>no generado en esta compilación</span>`),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('axe', () => {
  it.each([
    '/es/reports/',
    '/es/reports/facial-recognition/',
    '/es/reports/annual/2024/',
    '/fr/reports/thermographic-cameras/',
    '/ar/reports/annual/2024/',
    '/zh-hant/reports/',
  ])('%s has no axe violations', async (p) => {
    const { page, context, offOrigin, errors } = await open(p);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(p, violations)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

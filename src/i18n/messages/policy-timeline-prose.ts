/**
 * /timeline/'s longer texts. English and Spanish; other languages fall back
 * to English with the "not yet translated" notice. Functions returning HTML
 * say so.
 */
import { defineProse } from '../messages.ts';

const en = {
  description:
    'Every dated event of the imported NYPD Impact and Use Policies (posted, updated, addenda), per policy history, and comparisons between versions.',
  /** HTML. */
  lede: (feed: string) =>
    `Every event printed on an imported policy: when it was posted or updated, and each addendum describing a new use. Only dates the documents print are shown. Follow updates with the <a href="${feed}">RSS feed</a>.`,
  noEvents: 'No imported policy prints a date.',
  undatedFinal: (status: string) =>
    `The imported document prints no posted or updated date and no addendum, so no event is shown. Its status (${status}) comes from its summary of changes between draft and final policy.`,
  undatedDraft: (status: string) =>
    `The imported document prints no posted or updated date and no addendum, so no event is shown. Its status (${status}) comes from the absence of a changes table.`,
  /** HTML. */
  noVersions: (n: string, folder: string) =>
    `Only one version of each policy is imported (${n} policies, each a different technology), so there is nothing to compare yet. When <code>${folder}</code> holds two versions of the same policy and both are imported, a section-by-section comparison appears here.`,
  /** HTML: the links and dates are markup. */
  comparedWith: (older: string, olderDate: string, newer: string, newerDate: string) =>
    `${older} (${olderDate}) compared with ${newer} (${newerDate}).`,
};

export default defineProse(
  'policy-timeline-prose',
  {
    en,
    es: {
      description:
        'Todos los hechos fechados de las Políticas de Impacto y Uso del NYPD importadas (publicación, actualización, adendas), la historia de cada política y las comparaciones entre versiones.',
      lede: (feed: string) =>
        `Todos los hechos impresos en una política importada: cuándo se publicó o actualizó, y cada adenda que describe un nuevo uso. Solo se muestran las fechas que imprimen los documentos. Siga las novedades con el <a href="${feed}">canal RSS</a> (en inglés).`,
      noEvents: 'Ninguna política importada indica una fecha.',
      undatedFinal: (status: string) =>
        `El documento importado no indica fecha de publicación ni de actualización, ni ninguna adenda, así que no se muestra ningún hecho. Su estado (${status}) se deduce de su resumen de cambios entre el borrador y la política final.`,
      undatedDraft: (status: string) =>
        `El documento importado no indica fecha de publicación ni de actualización, ni ninguna adenda, así que no se muestra ningún hecho. Su estado (${status}) se deduce de que no tiene tabla de cambios.`,
      noVersions: (n: string, folder: string) =>
        `Solo se ha importado una versión de cada política (${n} políticas, cada una de una tecnología distinta), así que aún no hay nada que comparar. Cuando <code>${folder}</code> contenga dos versiones de la misma política y ambas se importen, aquí aparecerá una comparación sección por sección.`,
      comparedWith: (older: string, olderDate: string, newer: string, newerDate: string) =>
        `${older} (${olderDate}) comparada con ${newer} (${newerDate}).`,
    },
  },
  { es: { date: '2026-12-03', from: '7ea988d1376d' } },
);

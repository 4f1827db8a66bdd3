/**
 * /compare/'s longer texts. English and Spanish; other languages fall back
 * to English with the "not yet translated" notice. Functions returning HTML
 * say so.
 */
import { defineProse } from '../messages.ts';

const en = {
  description:
    'Key facts of every imported NYPD Impact and Use Policy side by side (data kept, retention, court authorization, sharing, security, training, audit), each citing its paragraph.',
  /** HTML. */
  lede: (href: string) =>
    `What each policy says on the questions oversight staff ask first, one fact a row and one policy a column. Each answer cites the paragraphs it comes from; “Not stated” means a rule searched the policy and found nothing. Each fact links to how it is read, on the <a href="${href}">methodology page</a>.`,
  /** HTML. */
  downloadNote: (href: string) =>
    `(one row per policy and fact, with citation URLs). How much text the policies share is on the <a href="${href}">boilerplate page</a>.`,
  detailsIntro:
    'The same facts, one policy at a time, with the context a one-line value leaves out.',
  /** HTML: `date` is a `<time>` element. */
  reviewed: (date: string) =>
    `Curated values reviewed against the policy text on ${date}; other values are read by rule at every build.`,
  notReviewed: 'No curated review yet: values are read by rule at every build.',
};

export default defineProse(
  'policy-compare-prose',
  {
    en,
    es: {
      description:
        'Los datos clave de cada Política de Impacto y Uso del NYPD importada, lado a lado (datos conservados, conservación, autorización judicial, intercambio, seguridad, capacitación, auditoría), cada uno con la cita de su párrafo.',
      lede: (href: string) =>
        `Lo que dice cada política sobre las preguntas que el personal de supervisión hace primero, un dato por fila y una política por columna. Cada respuesta cita los párrafos de los que procede; «No indicado» significa que una regla buscó en la política y no encontró nada. Cada dato enlaza con la explicación de cómo se lee, en la <a href="${href}">página de metodología</a>.`,
      downloadNote: (href: string) =>
        `(una fila por política y dato, con las URL de las citas). Cuánto texto comparten las políticas se indica en la <a href="${href}">página de texto repetido</a>.`,
      detailsIntro:
        'Los mismos datos, política por política, con el contexto que un valor de una línea deja fuera.',
      reviewed: (date: string) =>
        `Los valores revisados a mano se cotejaron con el texto de la política el ${date}; los demás valores se leen por regla en cada generación del sitio.`,
      notReviewed:
        'Aún no hay revisión a mano: los valores se leen por regla en cada generación del sitio.',
    },
  },
  { es: { date: '2026-12-03', from: '096d534e3317' } },
);

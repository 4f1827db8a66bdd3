/**
 * /policies/'s longer texts. English and Spanish; other languages fall back
 * to English with the "not yet translated" notice. Functions returning HTML
 * say so; their arguments are already escaped.
 */
import { defineProse } from '../messages.ts';

const en = {
  description:
    'Every NYPD Impact and Use Policy imported into the portal, with its status, last update and addenda, and every other technology known to have a policy, with its status and source.',
  lede: 'The POST Act requires the NYPD to publish an Impact and Use Policy for each surveillance technology it uses, covering ten statutory topics. These are the policies imported so far.',
  /** HTML. */
  igNote: (href: string) =>
    `Only policies whose published text is in this repository are listed; the Inspector General for the NYPD counted 36 policies published after the Act (<a href="${href}">as reported in March 2023</a>). A date is shown only when the document itself prints it.`,
  /** HTML: the counts are `<strong>` elements. */
  knownSummary: (total: string, imported: string, published: string, referenced: string) =>
    `The portal knows of ${total} technologies with an Impact and Use Policy: ${imported} imported here, ${published} published by the NYPD but not imported here, and ${referenced} only referenced (named in another policy, no copy seen).`,
  /** HTML. */
  knownExplanation: (file: string, href: string, caveat: string) =>
    `The list joins the project's inventory (<code>${file}</code>, each row with its source and certainty) with the policies the imported ones name. A row marked "cited by a third party" is that party's claim, not settled. The NYPD lists its published policies on its <a href="${href}">POST Act page</a> <span class="pp-muted">(${caveat})</span>.`,
};

export default defineProse(
  'policy-list-prose',
  {
    en,
    es: {
      description:
        'Todas las Políticas de Impacto y Uso del NYPD importadas en el portal, con su estado, su última actualización y sus adendas, y todas las demás tecnologías de las que se sabe que tienen una política, con su estado y su fuente.',
      lede: 'La Ley POST exige que el NYPD publique una Política de Impacto y Uso para cada tecnología de vigilancia que usa, que trate diez temas fijados por la ley. Estas son las políticas importadas hasta ahora.',
      igNote: (href: string) =>
        `Solo se enumeran las políticas cuyo texto publicado está en este repositorio; el Inspector General del NYPD contó 36 políticas publicadas después de la Ley (<a href="${href}">según se informó en marzo de 2023</a>). Solo se muestra una fecha cuando el propio documento la indica.`,
      knownSummary: (total: string, imported: string, published: string, referenced: string) =>
        `El portal conoce ${total} tecnologías con una Política de Impacto y Uso: ${imported} importadas aquí, ${published} publicadas por el NYPD pero no importadas aquí, y ${referenced} solo mencionadas (nombradas en otra política, sin que se haya visto ninguna copia).`,
      knownExplanation: (file: string, href: string, caveat: string) =>
        `La lista combina el inventario del proyecto (<code>${file}</code>, cada fila con su fuente y su grado de certeza) con las políticas que nombran las políticas importadas. Una fila marcada «citada por un tercero» es lo que afirma ese tercero, sin confirmar. El NYPD enumera sus políticas publicadas en su <a href="${href}">página sobre la Ley POST</a> <span class="pp-muted">(${caveat})</span>.`,
    },
  },
  { es: { date: '2026-12-03', from: '3b063cf77cec' } },
);

/**
 * The boilerplate pages' longer texts: descriptions, ledes and the method.
 * English and Spanish; other languages fall back to English with the "not
 * yet translated" notice. Functions returning HTML say so.
 */
import { defineProse } from '../messages.ts';

const en = {
  description:
    'How much of each NYPD Impact and Use Policy, section by section, repeats text found nearly verbatim in other policies, computed from the imported texts.',
  lede: 'The Inspector General for the NYPD found the policies “general and generic”, with similar language across them. This page measures it: for each policy and each of its sections, the share of its words that also appear, nearly word for word, in another imported policy. The figures are computed from the imported texts every time the site is built.',
  bySectionIntro:
    "Each cell gives the share of the section's words found in another policy, and the counts it is computed from. A dash means the policy has no such section.",
  method1:
    "Each policy's text is taken from its imported entry (the abstract and the ten statutory sections; tables, footnotes and headings are left out). Each section is read as one run of words, so a sentence split into paragraphs differently in two policies still matches.",
  method2:
    'Words are normalised: letters and digits only, lower case, accents and punctuation ignored, hyphenated words split (“case-by-case” = “case by case”).',
  /** HTML. */
  method3: (k: number) =>
    `Every run of ${k} consecutive words is a <dfn>shingle</dfn>. A word counts as <dfn>shared</dfn> when at least one shingle containing it also occurs anywhere in another policy. ${k} words is long enough that a match by chance is very unlikely, and short enough that a sentence differing only in the technology's name still matches on both sides of the name.`,
  method4:
    "A section's figure is its shared words divided by all its words; a policy's figure is the same ratio over its whole text. Text a policy repeats within itself does not count.",
  method5:
    'Jaccard similarity is the number of distinct shingles two policies have in common divided by the number in either; it is symmetric, while the shared share is not (a short policy can be almost all shared text while a long one is not).',
  /** HTML. */
  limits: (k: number, file: string) =>
    `Limits: a changed, added or dropped word breaks the shingles around it, so lightly edited sentences count as shared only on either side of the edit; sections under ${k} words cannot match. Figures depend on which policies are imported: with more policies imported, the shared share of each can only grow. The source files and their SHA-256 hashes are listed on each policy page. The code is in <code>${file}</code>.`,
  slugDescription: (technology: string) =>
    `Which passages of the NYPD's ${technology} policy also appear nearly verbatim in other policies, and where.`,
  /** HTML; `href` is the policy page. */
  slugLede: (href: string) =>
    `The policy's text, with every passage that also appears nearly verbatim in another imported policy marked, followed by the list of passages and where else each appears. The policy itself, with citations, is at <a href="${href}"><bdi>${href}</bdi></a>.`,
};

export default defineProse(
  'policy-boilerplate-prose',
  {
    en,
    es: {
      description:
        'Qué parte de cada Política de Impacto y Uso del NYPD, sección por sección, repite texto que aparece casi textualmente en otras políticas, calculado a partir de los textos importados.',
      lede: 'El Inspector General del NYPD consideró que las políticas eran «generales y genéricas», con un lenguaje similar entre ellas. Esta página lo mide: para cada política y cada una de sus secciones, la proporción de sus palabras que aparecen también, casi palabra por palabra, en otra política importada. Las cifras se calculan a partir de los textos importados cada vez que se genera el sitio.',
      bySectionIntro:
        'Cada celda da la proporción de las palabras de la sección que aparecen en otra política, y los recuentos con los que se calcula. Un guion significa que la política no tiene esa sección.',
      method1:
        'El texto de cada política se toma de su entrada importada (el resumen y las diez secciones exigidas por la ley; se dejan fuera las tablas, las notas al pie y los títulos). Cada sección se lee como una sola serie de palabras, de modo que una oración dividida en párrafos de distinta manera en dos políticas sigue coincidiendo.',
      method2:
        'Las palabras se normalizan: solo letras y cifras, en minúsculas, sin tener en cuenta acentos ni puntuación, y las palabras con guion se separan («case-by-case» = «case by case»).',
      method3: (k: number) =>
        `Cada serie de ${k} palabras consecutivas es una <dfn>teja</dfn> (<i lang="en">shingle</i>). Una palabra cuenta como <dfn>compartida</dfn> cuando al menos una teja que la contiene aparece también en cualquier lugar de otra política. ${k} palabras son suficientes para que una coincidencia por azar sea muy improbable, y pocas para que una oración que solo difiere en el nombre de la tecnología siga coincidiendo a ambos lados del nombre.`,
      method4:
        'La cifra de una sección es el número de sus palabras compartidas dividido por el total de sus palabras; la cifra de una política es la misma proporción sobre todo su texto. El texto que una política repite dentro de sí misma no cuenta.',
      method5:
        'La similitud de Jaccard es el número de tejas distintas que dos políticas tienen en común dividido por el número de tejas de cualquiera de las dos; es simétrica, mientras que la proporción compartida no lo es (una política corta puede ser casi toda texto compartido sin que lo sea una larga).',
      limits: (k: number, file: string) =>
        `Límites: una palabra cambiada, añadida o suprimida rompe las tejas que la rodean, así que las oraciones ligeramente editadas solo cuentan como compartidas a cada lado del cambio; las secciones de menos de ${k} palabras no pueden coincidir. Las cifras dependen de qué políticas se han importado: al importar más políticas, la proporción compartida de cada una solo puede crecer. Los archivos de origen y sus hashes SHA-256 figuran en la página de cada política. El código está en <code>${file}</code>.`,
      slugDescription: (technology: string) =>
        `Qué pasajes de la política del NYPD sobre ${technology} aparecen también casi textualmente en otras políticas, y dónde.`,
      slugLede: (href: string) =>
        `El texto de la política, con cada pasaje que aparece también casi textualmente en otra política importada marcado, seguido de la lista de pasajes y de dónde más aparece cada uno. La política misma, con sus citas, está en <a href="${href}"><bdi>${href}</bdi></a>.`,
    },
  },
  { es: { date: '2026-12-03', from: 'fb3c98056df9' } },
);

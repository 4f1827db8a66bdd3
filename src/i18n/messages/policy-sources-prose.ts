/**
 * /sources/'s longer texts. English and Spanish; other languages fall back
 * to English with the "not yet translated" notice.
 */
import { defineProse } from '../messages.ts';

const en = {
  description:
    "Every source document the portal's policy pages were imported from, with its SHA-256 checksum, format and the page built from it.",
  lede: "Each policy page on this portal is imported from one of the files below, kept byte for byte as received. The SHA-256 checksum lets anyone check that a copy is the same file; the build fails if a file no longer matches the checksum recorded when it was imported. The NYPD's published PDF remains the authoritative text.",
  /** HTML. */
  statsNote: (href: string) =>
    `The statistics are built from the datasets listed on the <a href="${href}">data page</a>, each with its own sources.`,
};

export default defineProse(
  'policy-sources-prose',
  {
    en,
    es: {
      description:
        'Todos los documentos de origen de los que se importaron las páginas de políticas del portal, con su suma de verificación SHA-256, su formato y la página generada a partir de cada uno.',
      lede: 'Cada página de política de este portal se importa de uno de los archivos siguientes, conservados byte a byte tal como se recibieron. La suma de verificación SHA-256 permite a cualquiera comprobar que una copia es el mismo archivo; la generación del sitio falla si un archivo ya no coincide con la suma registrada al importarlo. El PDF publicado por el NYPD sigue siendo el texto que vale.',
      statsNote: (href: string) =>
        `Las estadísticas se elaboran a partir de los conjuntos de datos que figuran en la <a href="${href}">página de datos</a>, cada uno con sus propias fuentes.`,
    },
  },
  { es: { date: '2026-12-03', from: '55f77294f3b6' } },
);

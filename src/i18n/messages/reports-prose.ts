/**
 * The reports' longer texts (the portal's own prose on /reports/, the
 * hearing packets and the annual reports): English and Spanish complete;
 * other languages show the English with the "not yet translated" notice.
 * Rich text as in ./reports.ts.
 */
import { type Translation, defineProse } from '../messages.ts';

const en = {
  // /reports/
  indexDescription:
    'Hearing packets per technology and citywide annual reports on NYPD surveillance technology under the POST Act, as print-ready web pages and tagged PDFs, each with its data fingerprint.',
  /** `<x0>` links the latest annual report (`year`), when there is one. */
  indexLede: (year: number | null): string =>
    `Documents to read on paper, annotate, forward and cite: a <strong>hearing packet</strong> for each technology and a <strong>citywide annual report</strong>${year === null ? '' : ` (latest: <x0>${year}</x0>)`}, built from the same sourced data as the site. Each is a web page and a tagged PDF with bookmarks, and each carries a fingerprint of the data it was made from.`,
  howLayout:
    '<strong>One layout, one print stylesheet.</strong> Each report is a page of this site that reads fully without JavaScript. Printed on US Letter with margins; headings are kept with what follows them, table headers repeat on every page, rows are not split, and the footer prints “Page X of Y”. Everything essential is also in the body.',
  howPdf:
    '<strong>PDF.</strong> <code>npm run build</code> prints each report with Debian’s Chromium (tagged, so the PDF has a structure and bookmarks for its sections), then sets its title, language, subject, keywords and fixed dates. The same inputs give the same bytes. In the PDF, every link leads to a page of this portal; addresses of other sites are printed in full.',
  howDataAsOf:
    '<strong>Data as of.</strong> The latest date among a report’s inputs: policy dates as printed, addenda, the day a policy entered the portal, the day its key facts were reviewed, the last check of the legal facts, OIG-NYPD report dates, the revision of the published figures. Never the date of the build. The PDF’s creation and modification dates are that day.',
  /** `<x0>` is the command that checks a fingerprint (printed as code). */
  howFingerprint:
    '<strong>Data fingerprint.</strong> SHA-256 over every input file a report uses (policy sources and curated data, the imported policies, data files, the data package descriptor, statistics, legal facts and the code that computes the report), listed in its JSON sidecar as <code>sha256sum</code> does. From a clone of the repository, <x0></x0> prints the fingerprint on the cover when nothing has changed.',
  howCodeVersion:
    '<strong>Code version.</strong> The package version and the first 12 digits of the SHA-256 over the code files among the inputs; no version control needed.',
  howAnnual: (years: string): string =>
    `<strong>Annual reports.</strong> A year has data when a policy event (posted, updated or addendum), an OIG-NYPD report or a reporting period of the annual report fields falls in it; there is a report for every such year${years ? ` (${years})` : ''}, and the latest is the current one. Each covers the policies in the portal, in their latest imported version.`,
  oigRuleIntro:
    'The data hold one finding per OIG-NYPD report, as a source summarises it. A report concerns a technology by this rule:',
  /** `<x0>` links the dataset. */
  fieldsIntro: (n: number, notReported: string): string =>
    `Other surveillance ordinances require a yearly report per technology. Its ${n} fields are a schema and a declared record-level dataset, <x0>annual report fields</x0>: when the NYPD publishes them, a file at the declared path puts them into every report with no new code. Until then each field says “${notReported}”, never 0. Each field can be reported, reported as zero, not reported, not applicable or withheld (with the law cited), with its source.`,

  // Report meta: the page description and the PDF's subject
  packetSubject: (technology: string): string =>
    `Hearing packet on the NYPD’s ${technology} Impact and Use Policy under the POST Act (NYC Admin. Code § 14-188): what changed, key facts, completeness, boilerplate, the reporting gap, published figures, OIG-NYPD findings, FOIL records and suggested questions for witnesses, each with its source.`,
  annualSubject: (year: number): string =>
    `Citywide annual report ${year} on NYPD surveillance technology under the POST Act (NYC Admin. Code § 14-188): inventory of policies, scorecards, boilerplate, the year’s addenda and changes, OIG-NYPD reports and recommendations, FOIL figures and the reporting gap, each with its source.`,

  // Cover
  packetSummary: (technology: string): string =>
    `The NYPD’s ${technology} Impact and Use Policy under the POST Act (NYC Admin. Code § 14-188): what it says, what it leaves out, what is and is not reported, and questions for witnesses, each with its source.`,
  annualSummary: (year: number): string =>
    `NYPD surveillance technology under the POST Act (NYC Admin. Code § 14-188) in ${year}: the policies in the portal, how complete and how specific they are, what changed, what the OIG-NYPD found, what is known of FOIL, and what the NYPD does not report.`,
  printedUpdated: (date: string): string => `updated ${date} (as printed)`,
  printedPosted: (date: string): string => `posted ${date} (as printed)`,
  printedNone: 'no posted or updated date printed',
  /** `<x0>` links the source document, `<x1>` is its SHA-256 (code). */
  policyVersion: (
    final: boolean,
    printed: string,
    addenda: number,
    dates: string,
    file: string,
    sha256: string,
  ): string =>
    `${final ? 'Final' : 'Draft'} policy, ${printed}; ${addenda === 0 ? 'no addenda' : `${addenda} ${addenda === 1 ? 'addendum' : 'addenda'} (${dates})`}. Source document <x0>${file}</x0>, SHA-256 <x1>${sha256}</x1>.`,
  inPortalSince: (date: string): string =>
    `${date} (the day it entered the portal, not an NYPD date).`,
  inShort: (
    passed: number,
    total: number,
    share: string,
    notReported: number,
    fields: number,
    oig: number,
    questions: number,
  ): string =>
    `${passed} of ${total} completeness criteria met; ${share} of the text also found in another policy; ${notReported} of ${fields} annual report fields not reported; ${oig} OIG-NYPD report${oig === 1 ? '' : 's'} concerning the technology; ${questions} suggested questions.`,
  coverage: (n: number, technologies: string): string =>
    `The ${n} policies in the portal (${technologies}), in their latest imported version; the NYPD’s other policies are not imported yet and are not counted.`,

  // Hearing packet
  versionsMany: (n: number, technology: string): string =>
    `${n} versions of the ${technology} policy are in the portal.`,
  versionsOne: (technology: string, final: boolean, printed: string): string =>
    `One version of the ${technology} policy is in the portal: the ${final ? 'final' : 'draft'} policy, ${printed}. Earlier versions are not in the portal, so the NYPD’s own summary of changes below is the record of what changed from the draft.`,
  /** `<x0>` links the methodology. */
  atAGlanceIntro: (reviewed: string | null): string =>
    `The answers Council staff look for first, each linked to the paragraph it comes from. “Not stated”: a rule searched the text and found nothing; “Not reviewed”: no rule can decide and no reviewer has read it yet${reviewed ? ` (the key facts were last reviewed ${reviewed})` : ''}. Rules: <x0>methodology</x0>.`,
  /** `<x0>` links the methodology, `<x1>` the scorecard page. */
  scorecardIntro: (passed: number, total: number, failing: number, slug: string): string =>
    `<strong>${passed} of ${total}</strong> criteria met; ${failing} not. Each criterion is a rule over the text, from what NYC Admin. Code § 14-188(a) asks of an impact and use policy (rules: <x0>methodology</x0>; the same scorecard on the site: <x1>/scorecard/${slug}/</x1>).`,
  /** `<x0>` links the boilerplate page. */
  boilerplateIntro: (
    k: number,
    share: string,
    shared: string,
    words: string,
    slug: string,
  ): string =>
    `Share of each section’s words found nearly word for word (runs of ${k} words) in another policy in the portal: ${share} of the whole policy (${shared} of ${words} words). Passages: <x0>/boilerplate/${slug}/</x0>.`,
  /** `<x0>` links the dataset. */
  gapIntro: (
    technology: string,
    period: { start: string; end: string } | null,
    notReported: string,
  ): string =>
    `Every field a yearly surveillance report contains under other ordinances (Oakland, San Francisco, Palo Alto, Santa Clara County) and the 2025 amendments to the POST Act, with what the NYPD publishes for ${technology}. ${period ? `Figures for ${period.start} to ${period.end}, from the annual report fields dataset.` : `No annual report of the NYPD on ${technology} is in the data: each field says “${notReported}”, which is never a zero.`} Dataset: <x0>annual report fields</x0>.`,
  figuresNotice:
    'Published claims, not official statistics: each figure names who makes it and where it was read; “about”, “more than” and approximate periods are kept.',
  /** `<x0>` links the reporting gap's row. */
  noFigures: (technology: string): string =>
    `Not reported: no source the portal cites gives a figure about ${technology.toLowerCase()} (see the <x0>reporting gap</x0>).`,
  /** `<x0>` links the rule on /reports/. */
  oigIntro:
    'The Inspector General for the NYPD (OIG-NYPD, part of the Department of Investigation) assesses the NYPD’s compliance with the POST Act. The data hold one finding per report, as a source summarises it, and a few counts; they hold no recommendation’s text, no NYPD response to each recommendation and no status of each: those are not published in the portal’s sources, and no row below is made up. How a report is matched to this technology: <x0>the rule</x0>.',
  noOig: (technology: string): string =>
    `No OIG-NYPD report in the data concerns ${technology.toLowerCase()} by that rule.`,
  /** The recommendations an OIG-NYPD report made (`figure` and `kind` as published, in English). */
  oigMade: (figure: string, kind: string): string => `${figure} made (${kind})`,
  /** How many the NYPD rejected (`figure` and `period` as published, in English). */
  oigRejected: (figure: string, period: string): string =>
    `${figure} rejected by the NYPD (${period})`,
  oigNotPublished:
    'The text of each recommendation, whether it is statutory or goes beyond the statute, the NYPD’s response and its status are not published in the portal’s sources.',
  /** `<x0>` links the FOIL page of the technology. */
  foilWording: (slug: string): string =>
    `Suggested request wording, channels and deadlines: <x0>/foil/${slug}/</x0>.`,
  /** `<x0>` links the FOIL guide. */
  foilNoMap:
    'No FOIL record map has been curated for this policy yet. The FOIL guide: <x0>/foil/</x0>.',
  questionsIntro:
    'Generated from this packet, never written by hand: one question per failing scorecard criterion, per annual report field not reported and per OIG-NYPD report listed above. Each names what it rests on: the policy paragraph or section, the law or the source, and the row of this packet. They are framed as questions, not conclusions.',
  sourcesIntro:
    'Numbered sources cited in this packet. Claims by news outlets, advocacy organisations and testimony are theirs, not the portal’s. In the PDF, addresses outside the portal are printed in full rather than linked.',
  /** `<x0>` links the source file, `<x1>` is its SHA-256 (code), `<x2>` links the policy page. */
  inputPolicy: (file: string, sha256: string, slug: string): string =>
    `The policy as published: <x0>/sources/${file}</x0> (SHA-256 <x1>${sha256}</x1>), imported as <x2>/policies/${slug}/</x2>.`,
  /** `<x0>` links /data/. */
  inputDatasets: 'Datasets and their descriptor: <x0>/data/</x0>.',
  /** `<x0>` links the sidecar. */
  inputEvery: (sidecar: string): string =>
    `Every input of this packet with its SHA-256: <x0>${sidecar}</x0>.`,

  // Annual report
  /** `<x0>` links the methodology. */
  scorecardsIntro:
    'Each criterion is a rule over the policy text, from what NYC Admin. Code § 14-188(a) asks of an impact and use policy (rules: <x0>methodology</x0>).',
  /** `<x0>` links /boilerplate/. */
  boilerplateAcrossIntro:
    'Share of each policy’s words found nearly word for word (runs of eight words) in another policy in the portal, and in each other policy (method: <x0>/boilerplate/</x0>).',
  /** `<x0>` links /timeline/. */
  noYearEvents: (year: number): string =>
    `No policy in the portal prints a posting, update or addendum dated ${year}. Events of every year: <x0>/timeline/</x0>.`,
  oigAnnualIntro:
    'The data hold one finding per OIG-NYPD report, as a source summarises it, and a few counts. They hold no recommendation’s text, no NYPD response to each recommendation and no status of each: the tracker shows what is known, with its source, and says what is not published.',
  noOigInYear: (year: number): string =>
    `No OIG-NYPD POST Act report in the data is dated ${year}.`,
  foilNotice:
    'Published claims, not official statistics. They are about the NYPD (or all agencies) as a whole: no FOIL figure per technology is reported.',
  gapAcrossIntro: (periods: string | null, year: number, notReported: string): string =>
    `Every field a yearly surveillance report contains under other ordinances, by technology. ${periods ? `Reporting periods in the data: ${periods}.` : `No annual report of the NYPD for ${year} is in the data: each field is “${notReported}”, never 0.`} Details and sources per technology are in each hearing packet.`,
  period: (start: string, end: string): string => `${start} to ${end}`,
  /** `<x0>` links /sources/. */
  methodSources:
    '<strong>Sources.</strong> Policy texts are the NYPD’s published Impact and Use Policies (<x0>/sources/</x0>, with their SHA-256). Figures are claims by news outlets, advocacy and good-government organisations and testimony, each with who makes it; they are not official statistics.',
  methodNotReported:
    '<strong>“Not reported”</strong> means no source in the data gives the figure; it is never shown as 0.',
  /** `<x0>` links the methodology. */
  methodScorecard:
    '<strong>Scorecard and boilerplate.</strong> Rules over the imported text, the same as the site’s (<x0>methodology</x0>).',
  methodOig: (rule: string): string =>
    `<strong>OIG-NYPD reports and technologies.</strong> ${rule}`,
  methodYear: (year: number): string =>
    `<strong>Year.</strong> A year has data when a policy event, an OIG-NYPD report or a reporting period of the annual report fields falls in it; this report covers ${year}. The policies are shown in their latest imported version.`,
  /** `<x0>` links how reports are made. */
  methodDataAsOf:
    '<strong>Data as of and fingerprint.</strong> See the cover, and <x0>how reports are made</x0>.',
  /** `<x0>` links the sidecar. */
  inputEveryReport: (sidecar: string): string =>
    `Every input of this report with its SHA-256: <x0>${sidecar}</x0>.`,
};

const es: Translation<typeof en> = {
  indexDescription:
    'Dosieres para audiencias por tecnología e informes anuales de la ciudad sobre la tecnología de vigilancia del NYPD según la Ley POST, como páginas web listas para imprimir y PDF etiquetados (en inglés), cada uno con la huella de sus datos.',
  indexLede: (year: number | null): string =>
    `Documentos para leer en papel, anotar, reenviar y citar: un <strong>dosier para audiencias</strong> por cada tecnología y un <strong>informe anual de la ciudad</strong>${year === null ? '' : ` (el más reciente: <x0>${year}</x0>)`}, hechos con los mismos datos con fuentes que el resto del sitio. Cada uno es una página web y un PDF etiquetado con marcadores (el PDF, en inglés), y cada uno lleva una huella de los datos con los que se hizo.`,
  howLayout:
    '<strong>Un diseño, una hoja de estilos de impresión.</strong> Cada informe es una página de este sitio que se lee completa sin JavaScript. Se imprime en tamaño carta (US Letter) con márgenes; los títulos se mantienen junto a lo que les sigue, los encabezados de las tablas se repiten en cada página, las filas no se parten y el pie de página indica “Page X of Y” (página X de Y). Todo lo esencial está también en el cuerpo.',
  howPdf:
    '<strong>PDF.</strong> <code>npm run build</code> imprime cada informe, a partir de su página en inglés, con el Chromium de Debian (etiquetado, de modo que el PDF tiene una estructura y marcadores para sus secciones) y luego fija su título, idioma, asunto, palabras clave y fechas. Los mismos datos de entrada dan los mismos bytes. En el PDF, cada enlace lleva a una página de este portal; las direcciones de otros sitios se imprimen completas. Hay un solo PDF por informe, en inglés.',
  howDataAsOf:
    '<strong>Datos al.</strong> La fecha más reciente entre los datos de entrada de un informe: las fechas de las políticas tal como están impresas, las adendas, el día en que una política entró en el portal, el día en que se revisaron sus datos clave, la última verificación de los datos legales, las fechas de los informes de la OIG-NYPD, la revisión de las cifras publicadas. Nunca la fecha de la compilación. Las fechas de creación y de modificación del PDF son ese día.',
  howFingerprint:
    '<strong>Huella de los datos.</strong> SHA-256 de todos los archivos de entrada que usa un informe (fuentes de las políticas y datos curados, las políticas importadas, los archivos de datos, el descriptor del paquete de datos, las estadísticas, los datos legales y el código que calcula el informe), listados en su archivo JSON adjunto como lo hace <code>sha256sum</code>. Desde una copia del repositorio, <x0></x0> imprime la huella de la portada si nada ha cambiado.',
  howCodeVersion:
    '<strong>Versión del código.</strong> La versión del paquete y los primeros 12 dígitos del SHA-256 de los archivos de código entre los datos de entrada; no hace falta control de versiones.',
  howAnnual: (years: string): string =>
    `<strong>Informes anuales.</strong> Un año tiene datos cuando en él cae un hecho de una política (publicación, actualización o adenda), un informe de la OIG-NYPD o un periodo de los campos del informe anual; hay un informe por cada uno de esos años${years ? ` (${years})` : ''}, y el más reciente es el actual. Cada uno abarca las políticas del portal, en su última versión importada.`,
  oigRuleIntro:
    'Los datos contienen una conclusión por cada informe de la OIG-NYPD, tal como la resume una fuente. Un informe se refiere a una tecnología según esta regla:',
  fieldsIntro: (n: number, notReported: string): string =>
    `Otras ordenanzas de vigilancia exigen un informe anual por tecnología. Sus ${n} campos son un esquema y un conjunto de datos por registro declarado, los <x0>campos del informe anual</x0>: cuando el NYPD los publique, un archivo en la ruta declarada los incorporará a cada informe sin código nuevo. Hasta entonces, cada campo dice “${notReported}”, nunca 0. Cada campo puede estar informado, informado como cero, no informado, no aplicable o retenido (con la ley citada), con su fuente.`,

  packetSubject: (technology: string): string =>
    `Dosier para audiencias sobre la Política de Impacto y Uso ${technology} del NYPD según la Ley POST (Código Administrativo de NYC § 14-188): qué cambió, datos clave, completitud, texto repetido, la brecha de información, cifras publicadas, conclusiones de la OIG-NYPD, registros FOIL y preguntas sugeridas para los testigos, cada cosa con su fuente.`,
  annualSubject: (year: number): string =>
    `Informe anual de la ciudad ${year} sobre la tecnología de vigilancia del NYPD según la Ley POST (Código Administrativo de NYC § 14-188): inventario de políticas, evaluaciones, texto repetido, adendas y cambios del año, informes y recomendaciones de la OIG-NYPD, cifras de FOIL y la brecha de información, cada cosa con su fuente.`,

  packetSummary: (technology: string): string =>
    `La Política de Impacto y Uso ${technology} del NYPD según la Ley POST (Código Administrativo de NYC § 14-188): qué dice, qué omite, qué se informa y qué no, y preguntas para los testigos, cada cosa con su fuente.`,
  annualSummary: (year: number): string =>
    `La tecnología de vigilancia del NYPD según la Ley POST (Código Administrativo de NYC § 14-188) en ${year}: las políticas del portal, cuán completas y cuán específicas son, qué cambió, qué halló la OIG-NYPD, qué se sabe de FOIL y qué no informa el NYPD.`,
  printedUpdated: (date: string): string => `actualizada el ${date} (según lo impreso)`,
  printedPosted: (date: string): string => `publicada el ${date} (según lo impreso)`,
  printedNone: 'sin fecha de publicación ni de actualización impresa',
  policyVersion: (
    final: boolean,
    printed: string,
    addenda: number,
    dates: string,
    file: string,
    sha256: string,
  ): string =>
    `Política ${final ? 'final' : 'en borrador'}, ${printed}; ${addenda === 0 ? 'sin adendas' : `${addenda} ${addenda === 1 ? 'adenda' : 'adendas'} (${dates})`}. Documento de origen <x0>${file}</x0>, SHA-256 <x1>${sha256}</x1>.`,
  inPortalSince: (date: string): string =>
    `${date} (el día en que entró en el portal, no una fecha del NYPD).`,
  inShort: (
    passed: number,
    total: number,
    share: string,
    notReported: number,
    fields: number,
    oig: number,
    questions: number,
  ): string =>
    `${passed} de ${total} criterios de completitud cumplidos; el ${share} del texto también aparece en otra política; ${notReported} de ${fields} campos del informe anual no informados; ${oig} ${oig === 1 ? 'informe' : 'informes'} de la OIG-NYPD sobre la tecnología; ${questions} preguntas sugeridas.`,
  coverage: (n: number, technologies: string): string =>
    `Las ${n} políticas del portal (${technologies}), en su última versión importada; las demás políticas del NYPD aún no se han importado y no se cuentan.`,

  versionsMany: (n: number, technology: string): string =>
    `Hay ${n} versiones de la política ${technology} en el portal.`,
  versionsOne: (technology: string, final: boolean, printed: string): string =>
    `Hay una versión de la política ${technology} en el portal: la política ${final ? 'final' : 'en borrador'}, ${printed}. Las versiones anteriores no están en el portal, así que el propio resumen de cambios del NYPD, más abajo, es el registro de lo que cambió desde el borrador.`,
  atAGlanceIntro: (reviewed: string | null): string =>
    `Las respuestas que el personal del Concejo busca primero, cada una enlazada al párrafo del que proviene. “No consta”: una regla buscó en el texto y no encontró nada; “Sin revisar”: ninguna regla puede decidirlo y ningún revisor lo ha leído aún${reviewed ? ` (los datos clave se revisaron por última vez el ${reviewed})` : ''}. Reglas: <x0>metodología</x0>. Las preguntas y respuestas de la tabla se muestran en inglés.`,
  scorecardIntro: (passed: number, total: number, failing: number, slug: string): string =>
    `<strong>${passed} de ${total}</strong> criterios cumplidos; ${failing} no. Cada criterio es una regla aplicada al texto, según lo que el Código Administrativo de NYC § 14-188(a) exige de una política de impacto y uso (reglas: <x0>metodología</x0>; la misma evaluación en el sitio: <x1>/scorecard/${slug}/</x1>).`,
  boilerplateIntro: (
    k: number,
    share: string,
    shared: string,
    words: string,
    slug: string,
  ): string =>
    `Proporción de las palabras de cada sección que aparecen casi textualmente (en secuencias de ${k} palabras) en otra política del portal: el ${share} de toda la política (${shared} de ${words} palabras). Pasajes: <x0>/boilerplate/${slug}/</x0>.`,
  gapIntro: (
    technology: string,
    period: { start: string; end: string } | null,
    notReported: string,
  ): string =>
    `Cada campo que contiene un informe anual de vigilancia según otras ordenanzas (Oakland, San Francisco, Palo Alto, condado de Santa Clara) y las reformas de 2025 a la Ley POST, con lo que el NYPD publica sobre ${technology}. ${period ? `Cifras del ${period.start} al ${period.end}, del conjunto de datos de los campos del informe anual.` : `No hay ningún informe anual del NYPD sobre ${technology} en los datos: cada campo dice “${notReported}”, lo que nunca significa cero.`} Conjunto de datos: <x0>campos del informe anual</x0>.`,
  figuresNotice:
    'Afirmaciones publicadas, no estadísticas oficiales: cada cifra indica quién la afirma y dónde se leyó; se conservan “about” (alrededor de), “more than” (más de) y los periodos aproximados, en inglés, tal como se publicaron.',
  noFigures: (technology: string): string =>
    `No informado: ninguna fuente que cita el portal da una cifra sobre ${technology} (vea la <x0>brecha de información</x0>).`,
  oigIntro:
    'El Inspector General para el NYPD (OIG-NYPD, parte del Departamento de Investigación) evalúa el cumplimiento de la Ley POST por parte del NYPD. Los datos contienen una conclusión por informe, tal como la resume una fuente, y algunos recuentos; no contienen el texto de ninguna recomendación, ni la respuesta del NYPD a cada una, ni su estado: eso no está publicado en las fuentes del portal, y ninguna fila de abajo es inventada. Cómo se asocia un informe a esta tecnología: <x0>la regla</x0>.',
  noOig: (technology: string): string =>
    `Ningún informe de la OIG-NYPD en los datos se refiere a ${technology} según esa regla.`,
  oigMade: (figure: string, kind: string): string =>
    `Formuladas: <en>${figure}</en> (<en>${kind}</en>)`,
  oigRejected: (figure: string, period: string): string =>
    `rechazadas por el NYPD: <en>${figure}</en> (<en>${period}</en>)`,
  oigNotPublished:
    'El texto de cada recomendación, si la exige la ley o va más allá de ella, la respuesta del NYPD y su estado no están publicados en las fuentes del portal.',
  foilWording: (slug: string): string =>
    `Redacción sugerida para la solicitud, vías de envío y plazos: <x0>/foil/${slug}/</x0>.`,
  foilNoMap:
    'Todavía no se ha elaborado un mapa de registros FOIL para esta política. La guía de FOIL: <x0>/foil/</x0>.',
  questionsIntro:
    'Generadas a partir de este dosier, nunca escritas a mano: una pregunta por cada criterio de la evaluación que no se cumple, por cada campo del informe anual no informado y por cada informe de la OIG-NYPD incluido arriba. Cada una indica en qué se basa: el párrafo o la sección de la política, la ley o la fuente, y la fila de este dosier. Están formuladas como preguntas, no como conclusiones.',
  sourcesIntro:
    'Fuentes numeradas citadas en este dosier. Las afirmaciones de medios de comunicación, organizaciones de defensa y testimonios son de ellos, no del portal. En el PDF, las direcciones fuera del portal se imprimen completas en lugar de enlazarse. Los títulos se muestran tal como se publicaron, en inglés.',
  inputPolicy: (file: string, sha256: string, slug: string): string =>
    `La política tal como se publicó: <x0>/sources/${file}</x0> (SHA-256 <x1>${sha256}</x1>), importada como <x2>/policies/${slug}/</x2>.`,
  inputDatasets: 'Conjuntos de datos y su descriptor: <x0>/data/</x0>.',
  inputEvery: (sidecar: string): string =>
    `Todos los datos de entrada de este dosier con su SHA-256: <x0>${sidecar}</x0>.`,

  scorecardsIntro:
    'Cada criterio es una regla aplicada al texto de la política, según lo que el Código Administrativo de NYC § 14-188(a) exige de una política de impacto y uso (reglas: <x0>metodología</x0>). Los criterios se muestran en inglés.',
  boilerplateAcrossIntro:
    'Proporción de las palabras de cada política que aparecen casi textualmente (en secuencias de ocho palabras) en otra política del portal, y en cada una de las demás (método: <x0>/boilerplate/</x0>).',
  noYearEvents: (year: number): string =>
    `Ninguna política del portal imprime una publicación, actualización o adenda con fecha de ${year}. Los hechos de todos los años: <x0>/timeline/</x0>.`,
  oigAnnualIntro:
    'Los datos contienen una conclusión por cada informe de la OIG-NYPD, tal como la resume una fuente, y algunos recuentos. No contienen el texto de ninguna recomendación, ni la respuesta del NYPD a cada una, ni su estado: el seguimiento muestra lo que se sabe, con su fuente, e indica lo que no está publicado.',
  noOigInYear: (year: number): string =>
    `Ningún informe de la OIG-NYPD sobre la Ley POST en los datos tiene fecha de ${year}.`,
  foilNotice:
    'Afirmaciones publicadas, no estadísticas oficiales. Se refieren al NYPD (o a todos los organismos) en su conjunto: no se informa ninguna cifra de FOIL por tecnología.',
  gapAcrossIntro: (periods: string | null, year: number, notReported: string): string =>
    `Cada campo que contiene un informe anual de vigilancia según otras ordenanzas, por tecnología. ${periods ? `Periodos de los informes en los datos: ${periods}.` : `No hay ningún informe anual del NYPD de ${year} en los datos: cada campo está “${notReported}”, nunca 0.`} Los detalles y las fuentes de cada tecnología están en cada dosier para audiencias.`,
  period: (start: string, end: string): string => `del ${start} al ${end}`,
  methodSources:
    '<strong>Fuentes.</strong> Los textos de las políticas son las Políticas de Impacto y Uso publicadas por el NYPD (<x0>/sources/</x0>, con su SHA-256). Las cifras son afirmaciones de medios de comunicación, organizaciones de defensa y de buen gobierno y testimonios, cada una con quién la afirma; no son estadísticas oficiales.',
  methodNotReported:
    '<strong>“No informado”</strong> significa que ninguna fuente de los datos da la cifra; nunca se muestra como 0.',
  methodScorecard:
    '<strong>Evaluación y texto repetido.</strong> Reglas aplicadas al texto importado, las mismas que en el resto del sitio (<x0>metodología</x0>).',
  methodOig: (rule: string): string =>
    `<strong>Informes de la OIG-NYPD y tecnologías.</strong> ${rule}`,
  methodYear: (year: number): string =>
    `<strong>Año.</strong> Un año tiene datos cuando en él cae un hecho de una política, un informe de la OIG-NYPD o un periodo de los campos del informe anual; este informe abarca ${year}. Las políticas se muestran en su última versión importada.`,
  methodDataAsOf:
    '<strong>Datos al y huella.</strong> Vea la portada y <x0>cómo se hacen los informes</x0>.',
  inputEveryReport: (sidecar: string): string =>
    `Todos los datos de entrada de este informe con su SHA-256: <x0>${sidecar}</x0>.`,
};

export default defineProse(
  'reports-prose',
  { en, es },
  { es: { date: '2026-12-03', from: '76fe4e8a7c00' } },
);

/**
 * The statistics data's own words, translated: what data/stats/datapackage.json
 * and the published-claims CSVs (data/stats/published/) say in English —
 * dataset titles and descriptions, chart titles, what each figure counts, its
 * period as the compilation words it, who makes each claim (`source_kind`),
 * units and qualifiers. The data stays as received; the pages look each
 * English text up here (src/lib/stats/text.ts) and show the translation, or
 * the English, marked `lang="en"`, when there is none. An English text that
 * changes in the data is therefore never shown with a stale translation.
 *
 * Not translated, on purpose: the sources' titles, their own words (quotes,
 * findings as summarised), report titles and addresses (they are the
 * sources', shown in English and marked `lang="en"`).
 *
 * src/lib/stats/text.test.ts checks that every such text in the current
 * data has its Spanish translation here.
 */
import { defineProse } from '../messages.ts';

const en = {
  // data/stats/datapackage.json
  packageDescription:
    "Every dataset the portal's statistics are built from. Published figures are claims reported by news outlets, advocacy and good-government organisations and official testimony, each with who makes it (not official statistics). Record-level datasets are declared so that an agency export placed at the declared path is validated and aggregated by the same command; the portal publishes only suppressed counts, never a row.",
  titleFacialRecognition: 'Facial recognition: published usage figures',
  descriptionFacialRecognition:
    "Figures on NYPD facial recognition use (2016 to early 2020) as reported by news and advocacy sources, each with who makes the claim, where it was read and, where recorded, the source's own words.",
  titleFoil: 'FOIL: published figures on requests and delays',
  descriptionFoil:
    'Figures on Freedom of Information Law requests to the NYPD and to all agencies on NYC OpenRecords, as reported by news, advocacy and good-government sources. Agency-wide: none is specific to one surveillance technology; the metric names the agency.',
  titleOig: 'OIG-NYPD: published findings on POST Act compliance',
  descriptionOig:
    'Counts of OIG-NYPD POST Act recommendations and reports, as reported by news, advocacy sources and official testimony.',
  titleOigFindings: 'OIG-NYPD: POST Act reports and their main findings',
  descriptionOigFindings:
    "One row per OIG-NYPD report on the NYPD's compliance with the POST Act: its date, title and main finding in one sentence, as summarised by the source named in the row. Text findings, not figures: shown as a list, never charted.",
  titleUsage: 'Technology use log (record level)',
  descriptionUsage:
    'One row per use of a surveillance technology, as the department would export it: date, technology, purpose, offence type, outcome and borough. The portal publishes only counts, suppressed below the threshold.',
  titleDisclosures: 'Disclosures outside the department (record level)',
  descriptionDisclosures:
    "One row per disclosure of data collected by a technology to an entity outside the NYPD: date, technology, recipient type and the paragraph of the policy's External Entities section under which it was made.",
  titleFoilRequests: 'FOIL requests to the NYPD (record level)',
  descriptionFoilRequests:
    'One row per Freedom of Information Law request: dates received, acknowledged and closed, outcome and, where the request concerns one, the technology.',
  titleAnnualReport: 'Annual surveillance report fields (record level)',
  descriptionAnnualReport:
    "One row per field of a technology's annual surveillance report for one reporting period, as the department would publish it: the field (the list other ordinances require, src/schemas/annual-report.ts), its status (reported, reported as zero, not reported, not applicable, withheld), the value or answer, the law a withheld field is withheld under, and the source. None has been published, so the reports show every field as not reported. The rows describe published reports, not people or events, so the threshold is 1: a count of report fields discloses nothing about anyone.",
  sourceCompilation:
    'Reference compilation of published claims (revised 2026-12-02): one source per row, in the columns source_title, source_kind and source_url',
  sourceNypdExport: 'NYPD export (none received: no records published yet)',
  sourceFoilLog: 'NYPD FOIL log export (none received: no records published yet)',
  sourceAnnualReports:
    'NYPD annual surveillance reports (none published: every field not reported)',
  licenceCompilation:
    "Compilation under the portal's MIT licence; each figure is attributed to the source in its row.",
  licenceAggregate:
    "Aggregate counts published under the portal's MIT licence; record-level rows are never published.",
  licenceAnnualReport:
    "Field values are quoted from the department's published reports, each with its source; the compilation is under the portal's MIT licence.",
  viewFisByYear:
    'Facial Identification Section: requests, possible matches and arrests, 2018 and 2019',
  viewMatchesByOffence: 'Possible matches by offence type, 2019',
  // What each figure counts (the metric column)
  metricFoilFiled: 'All agencies on NYC OpenRecords: FOIL requests filed',
  metricFoilStillOpen:
    'All agencies on NYC OpenRecords: share of 2024 requests still open a year later',
  metricArrests: 'Arrests after a possible match',
  metricCases: 'Cases in which the NYPD used facial recognition',
  metricExtensions: 'NYPD: FOIL extensions claimed, added up',
  metricFoilQuarter: 'NYPD: FOIL requests received in the quarter',
  metricFoilDelayed: 'NYPD: delayed FOIL requests alleged in a pattern-and-practice suit',
  metricFoilNeverAnswered: 'NYPD: share of FOIL requests never answered',
  metricFoilOver60: 'NYPD: share of answered FOIL requests that took more than 60 days',
  metricOigReports2023: 'OIG-NYPD reports issued in 2023',
  metricOigReports2024: 'OIG-NYPD reports issued in 2024',
  metricOigRecommendations: 'POST Act recommendations made by OIG-NYPD',
  metricOigRejected: 'POST Act recommendations rejected by the NYPD',
  metricMatches: 'Possible matches',
  metricMatchesAssault: 'Possible matches: felony assault cases',
  metricMatchesLarceny: 'Possible matches: grand larceny cases',
  metricMatchesMurder: 'Possible matches: murder cases',
  metricMatchesRape: 'Possible matches: rape cases',
  metricMatchesRobbery: 'Possible matches: robbery cases',
  metricDroneRecommendations: 'Recommendations in the OIG-NYPD drone (UAS) POST Act assessment',
  metricFisRequests: 'Requests for comparison received by the Facial Identification Section',
  metricClearview: 'Searches run on Clearview AI by NYPD officers (a tool outside the policy)',
  // Periods, as the compilation words them (plain years need no translation)
  period2011Quarter: '2011 (one quarter)',
  period2011Sample: '2011 (three-month sample)',
  periodOig2022: '2022-11 report',
  periodDrones: '2024-12-18 report (drones)',
  periodTestimony: '2025-01-29 testimony',
  periodSuit: 'about 2019-2023 (the four years before the suit)',
  periodAnnualReport: 'status in the 2023-03-30 annual report',
  periodEarly2020: 'up to early 2020',
  // Who makes the claim (source_kind)
  kindAdvocacy: 'advocacy organisation',
  kindAdvocacyParty: 'advocacy organisation (a party to the suit)',
  kindGoodGovernment: 'good-government organisation',
  kindNews: 'news',
  kindNewsCitingNews: 'news citing news',
  kindNewsQuotingNypd: 'news quoting an NYPD web page',
  kindNewsOfficialReport: "news summary of a city official's report",
  kindNewsNypdStatement: 'news summary of an NYPD statement',
  kindTestimony: 'official testimony (transcript)',
  // Units and qualifiers of figures
  unitArrests: 'arrests',
  unitCases: 'cases',
  unitMatches: 'matches',
  unitRecommendations: 'recommendations',
  unitReports: 'reports',
  unitRequests: 'requests',
  unitSearches: 'searches',
  unitYears: 'years',
  unitCount: 'count',
  percent: '{n}%',
  qualifierAbout: 'about',
  qualifierAtLeast: 'at least',
  qualifierMoreThan: 'more than',
  qualifierNearly: 'nearly',
  qualifierRoughly: 'roughly',
  qualifierApproximately: 'approximately',
  qualifierOf15: 'of 15',
  uncertain: ' (uncertain)',
  // Why a row is not a figure (the aggregation's words, in the dataset's provenance)
  reasonFinding: 'A text finding of the report, not a figure: shown as a list, never charted.',
  reasonNoValue: 'The row has no numeric value: it is a text finding, not a figure.',
  reasonFindingExcluded:
    'Not a figure (shown as a text finding): A text finding of the report, not a figure: shown as a list, never charted.',
};

export default defineProse(
  'site-stats-data',
  {
    en,
    es: {
      packageDescription:
        'Todos los conjuntos de datos con los que se elaboran las estadísticas del portal. Las cifras publicadas son afirmaciones de medios de comunicación, organizaciones de defensa de derechos y de buen gobierno y testimonios oficiales, cada una con quién la hace (no son estadísticas oficiales). Los conjuntos de datos a nivel de registro están declarados para que una exportación de la agencia colocada en la ruta declarada se valide y se agregue con el mismo comando; el portal solo publica recuentos con supresión, nunca una fila.',
      titleFacialRecognition: 'Reconocimiento facial: cifras de uso publicadas',
      descriptionFacialRecognition:
        'Cifras sobre el uso del reconocimiento facial por el NYPD (de 2016 a principios de 2020) según fuentes periodísticas y de organizaciones de defensa de derechos, cada una con quién hace la afirmación, dónde se leyó y, cuando consta, las palabras de la propia fuente.',
      titleFoil: 'FOIL: cifras publicadas sobre solicitudes y retrasos',
      descriptionFoil:
        'Cifras sobre las solicitudes según la Ley de Libertad de Información presentadas al NYPD y a todas las agencias en NYC OpenRecords, según fuentes periodísticas, de defensa de derechos y de buen gobierno. Abarcan toda la agencia: ninguna se refiere a una sola tecnología de vigilancia; la descripción de cada cifra nombra la agencia.',
      titleOig: 'OIG-NYPD: conclusiones publicadas sobre el cumplimiento de la Ley POST',
      descriptionOig:
        'Recuentos de recomendaciones e informes del OIG-NYPD sobre la Ley POST, según fuentes periodísticas, de defensa de derechos y testimonios oficiales.',
      titleOigFindings: 'OIG-NYPD: informes sobre la Ley POST y sus principales conclusiones',
      descriptionOigFindings:
        'Una fila por cada informe del OIG-NYPD sobre el cumplimiento de la Ley POST por el NYPD: su fecha, su título y su conclusión principal en una frase, tal como la resume la fuente indicada en la fila. Son conclusiones en texto, no cifras: se muestran como lista y nunca en un gráfico.',
      titleUsage: 'Registro de uso de las tecnologías (a nivel de registro)',
      descriptionUsage:
        'Una fila por cada uso de una tecnología de vigilancia, tal como el departamento la exportaría: fecha, tecnología, finalidad, tipo de delito, resultado y distrito. El portal solo publica recuentos, suprimidos por debajo del umbral.',
      titleDisclosures: 'Divulgaciones fuera del departamento (a nivel de registro)',
      descriptionDisclosures:
        'Una fila por cada divulgación de datos recogidos por una tecnología a una entidad ajena al NYPD: fecha, tecnología, tipo de destinatario y el párrafo de la sección de Entidades externas de la política en virtud del cual se hizo.',
      titleFoilRequests: 'Solicitudes FOIL al NYPD (a nivel de registro)',
      descriptionFoilRequests:
        'Una fila por cada solicitud según la Ley de Libertad de Información: fechas de recepción, acuse y cierre, resultado y, cuando la solicitud se refiere a una, la tecnología.',
      titleAnnualReport: 'Campos del informe anual de vigilancia (a nivel de registro)',
      descriptionAnnualReport:
        'Una fila por cada campo del informe anual de vigilancia de una tecnología para un periodo, tal como el departamento lo publicaría: el campo (la lista que exigen otras ordenanzas, src/schemas/annual-report.ts), su estado (informado, informado como cero, no informado, no aplicable, retenido), el valor o la respuesta, la ley en virtud de la cual se retiene un campo retenido, y la fuente. No se ha publicado ninguno, así que los informes muestran todos los campos como no informados. Las filas describen informes publicados, no personas ni hechos, por lo que el umbral es 1: un recuento de campos de informes no revela nada sobre nadie.',
      sourceCompilation:
        'Recopilación de referencia de afirmaciones publicadas (revisada el 2026-12-02): una fuente por fila, en las columnas source_title, source_kind y source_url',
      sourceNypdExport:
        'Exportación del NYPD (no se ha recibido ninguna: todavía no hay registros publicados)',
      sourceFoilLog:
        'Exportación del registro de FOIL del NYPD (no se ha recibido ninguna: todavía no hay registros publicados)',
      sourceAnnualReports:
        'Informes anuales de vigilancia del NYPD (no se ha publicado ninguno: ningún campo informado)',
      licenceCompilation:
        'Recopilación bajo la licencia MIT del portal; cada cifra se atribuye a la fuente de su fila.',
      licenceAggregate:
        'Recuentos agregados publicados bajo la licencia MIT del portal; las filas a nivel de registro nunca se publican.',
      licenceAnnualReport:
        'Los valores de los campos se citan de los informes publicados por el departamento, cada uno con su fuente; la recopilación está bajo la licencia MIT del portal.',
      viewFisByYear:
        'Sección de Identificación Facial: solicitudes, posibles coincidencias y detenciones, 2018 y 2019',
      viewMatchesByOffence: 'Posibles coincidencias por tipo de delito, 2019',
      metricFoilFiled: 'Todas las agencias en NYC OpenRecords: solicitudes FOIL presentadas',
      metricFoilStillOpen:
        'Todas las agencias en NYC OpenRecords: proporción de las solicitudes de 2024 que seguían abiertas un año después',
      metricArrests: 'Detenciones tras una posible coincidencia',
      metricCases: 'Casos en los que el NYPD usó reconocimiento facial',
      metricExtensions: 'NYPD: prórrogas de FOIL invocadas, sumadas',
      metricFoilQuarter: 'NYPD: solicitudes FOIL recibidas en el trimestre',
      metricFoilDelayed:
        'NYPD: solicitudes FOIL retrasadas según una demanda por conducta sistemática',
      metricFoilNeverAnswered: 'NYPD: proporción de solicitudes FOIL nunca respondidas',
      metricFoilOver60:
        'NYPD: proporción de solicitudes FOIL respondidas que tardaron más de 60 días',
      metricOigReports2023: 'Informes del OIG-NYPD publicados en 2023',
      metricOigReports2024: 'Informes del OIG-NYPD publicados en 2024',
      metricOigRecommendations: 'Recomendaciones sobre la Ley POST hechas por el OIG-NYPD',
      metricOigRejected: 'Recomendaciones sobre la Ley POST rechazadas por el NYPD',
      metricMatches: 'Posibles coincidencias',
      metricMatchesAssault: 'Posibles coincidencias: casos de agresión grave',
      metricMatchesLarceny: 'Posibles coincidencias: casos de hurto mayor',
      metricMatchesMurder: 'Posibles coincidencias: casos de asesinato',
      metricMatchesRape: 'Posibles coincidencias: casos de violación',
      metricMatchesRobbery: 'Posibles coincidencias: casos de robo',
      metricDroneRecommendations:
        'Recomendaciones de la evaluación del OIG-NYPD sobre los drones (UAS) y la Ley POST',
      metricFisRequests:
        'Solicitudes de comparación recibidas por la Sección de Identificación Facial',
      metricClearview:
        'Búsquedas hechas en Clearview AI por agentes del NYPD (una herramienta fuera de la política)',
      period2011Quarter: '2011 (un trimestre)',
      period2011Sample: '2011 (muestra de tres meses)',
      periodOig2022: 'informe de 2022-11',
      periodDrones: 'informe del 2024-12-18 (drones)',
      periodTestimony: 'testimonio del 2025-01-29',
      periodSuit: 'aproximadamente 2019-2023 (los cuatro años anteriores a la demanda)',
      periodAnnualReport: 'situación en el informe anual del 2023-03-30',
      periodEarly2020: 'hasta principios de 2020',
      kindAdvocacy: 'organización de defensa de derechos',
      kindAdvocacyParty: 'organización de defensa de derechos (parte en la demanda)',
      kindGoodGovernment: 'organización de buen gobierno',
      kindNews: 'medio de comunicación',
      kindNewsCitingNews: 'medio que cita a otro medio',
      kindNewsQuotingNypd: 'medio que cita una página web del NYPD',
      kindNewsOfficialReport: 'resumen periodístico del informe de un cargo municipal',
      kindNewsNypdStatement: 'resumen periodístico de una declaración del NYPD',
      kindTestimony: 'testimonio oficial (transcripción)',
      unitArrests: 'detenciones',
      unitCases: 'casos',
      unitMatches: 'coincidencias',
      unitRecommendations: 'recomendaciones',
      unitReports: 'informes',
      unitRequests: 'solicitudes',
      unitSearches: 'búsquedas',
      unitYears: 'años',
      unitCount: 'recuento',
      percent: '{n} %',
      qualifierAbout: 'alrededor de',
      qualifierAtLeast: 'al menos',
      qualifierMoreThan: 'más de',
      qualifierNearly: 'casi',
      qualifierRoughly: 'aproximadamente',
      qualifierApproximately: 'aproximadamente',
      qualifierOf15: 'de 15',
      uncertain: ' (incierto)',
      reasonFinding:
        'Una conclusión del informe en texto, no una cifra: se muestra como lista, nunca en un gráfico.',
      reasonNoValue: 'La fila no tiene valor numérico: es una conclusión en texto, no una cifra.',
      reasonFindingExcluded:
        'No es una cifra (se muestra como conclusión en texto): una conclusión del informe en texto, no una cifra: se muestra como lista, nunca en un gráfico.',
    },
  },
  { es: { date: '2026-12-03', from: '967146a79742' } },
);

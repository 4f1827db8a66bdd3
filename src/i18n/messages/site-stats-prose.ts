/**
 * The longer texts of the statistics pages, their charts and the data
 * catalogue: notices, the method of disclosure control, chart summaries and
 * method notes, why something is not reported. English and Spanish; the
 * other languages show the English with the "not yet translated" notice,
 * marked `lang="en"`. The lib functions read the English from here
 * (src/lib/stats/messages.ts).
 */
import { defineProse } from '../messages.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../locales.ts';

const num = (locale: Locale, n: number) => formatNumber(locale, n);

const en = {
  claimsNotice:
    "**Published claims, not official statistics.** Every figure on these pages is a claim reported by a news outlet, an advocacy or good-government organisation or official testimony, shown with who makes it, where it was read and the source's own qualifiers (“about”, “more than”). The department has published no record-level usage, disclosure or FOIL request data: where nothing is reported, the pages say “not reported”, never 0.",
  claimsNoticeTechnology:
    'Figures here are **published claims, not official statistics**. Each shows who makes the claim and where it was read; qualifiers such as “about” or “more than” and approximate periods are kept.',
  medianNote:
    'SQL: {sql}. A median is published only where at least {threshold} requests closed; the number of requests is not shown beside it, so that it cannot be subtracted from the table above.',
  foilNoRows:
    'Received, no rows: the FOIL request export holds no records, which is not a count of 0 (dataset {dataset}).',
  foilNotReported:
    'Not reported: the department has published no FOIL request records (dataset {dataset}).',
  recordsIntro:
    "The portal is ready to aggregate the department's own records, publishing counts only, after disclosure control. No records have been received for the datasets marked below.",
  method1:
    "Counts from record-level data are suppressed when they are between 1 and one less than the dataset's threshold (10 unless the dataset declares otherwise), and dates are coarsened to each dataset's month or quarter. Suppressing a small count is not enough on its own: a reader who knows a row total and the other cells of the row can subtract, and with several totals at once can solve for a suppressed count like a puzzle. So other counts are suppressed too, and every dataset is then audited before anything is published.",
  method2:
    "**The audit.** For every suppressed count, a linear-programming solver (HiGHS) works out the smallest and the largest value it could have, given everything the portal publishes: the cells, the row, column and grand totals, the totals a table shares with the same technology's other tables (they count the same records), and the number of records read (the technologies' totals add up to it). This is how statistical offices check their tables (Statistics Netherlands' τ-ARGUS, R's sdcTable). A suppressed count passes only when that range spans at least the threshold, so no one can pin it down or tell whether it is a small count. When a count fails, one more count is suppressed (smallest first, cells before totals) and the audit runs again; when no set of suppressions passes, only the table's total is published. The number of records read is shown exactly only when the audit allows it, otherwise rounded or withheld, and the page says so. Rows a statistic leaves out (for example requests without a closing date) are counted only when nothing in the dataset is suppressed.",
  method3:
    "**Nothing identifying.** Every category column has a closed list of allowed values in the [data package](package); any other value stops the build, so no name, address, plate, identifier or free text can become a label. Columns that could identify a person (names, dates of birth, addresses, plate numbers, NYSID, case or complaint numbers, free text, coordinates, times of day) are refused unless dropped before aggregation, and every value of every row is checked, not a sample. Dates later than the build are refused. A file received with no rows is shown as “received, no rows”, never as 0. Downloads escape any cell that a spreadsheet would run as a formula. The SQL behind every count is published with it in the [data catalogue](catalogue) and in each dataset's JSON.",
  protection:
    "Counts from the department's records, when published, hide every count from 1 to one less than the threshold, and further counts wherever a total would let a reader work them out. Before publication an audit computes, for each hidden count, the smallest and largest value it could have given every published number (cells, totals, totals shared with other tables, records read); the range must span at least the threshold, or more counts are hidden, or only the total is shown. Only values from each column's declared list can appear as labels. See the [method](method).",
  nothingReported: 'nothing is reported',
  detailNoSource: 'no source the portal cites gives a figure for this technology',
  detailCounts: 'counts from {dataset}, by {grain}',
  detailWithheld:
    'no table is published for this technology: the records hold none of its rows, or disclosure control withheld its table',
  detailNoRowsForTechnology: 'the records received contain no rows for this technology',
  detailNoRows: 'the export was received but holds no rows (received, no rows; not a count of 0)',
  detailNoRecords: 'the department has published no record-level data',
  detailFoilDepartment:
    'FOIL requests are counted for the whole department only, not per technology',
  detailFoilNone:
    'no FOIL request records have been published; agency-wide figures reported by news and advocacy sources are on the statistics overview',
  detailNoPolicy: 'no imported policy',
  detailNoAddenda: 'the policy lists no addenda',
  detailAddenda: (n: number, locale: Locale) =>
    `${num(locale, n)} ${n === 1 ? 'addendum' : 'addenda'} listed in the policy`,
  summaryNone: 'No source reports any of these figures.',
  summaryLargest: 'The largest published figure is {display} ({series}, {category}){missing}.',
  summaryMissing: '; {missing} of {total} figures are not reported by any source',
  summaryTotalOnly:
    'Total {total}; only the total is published (no safe publication of the {cells} cells exists).',
  summarySuppressed: 'Total {total}; {suppressed} of {cells} cells are suppressed.',
  summaryNoAddenda: 'The imported policies list no addenda.',
  summaryAddenda: (total: number, years: number, locale: Locale) =>
    `The imported policies list ${num(locale, total)} ${total === 1 ? 'addendum' : 'addenda'} in ${num(locale, years)} year(s).`,
  methodPublished:
    'Published claims reported by the sources named beside each number (dataset {dataset}, {path}), not official statistics. Each number is shown as the source printed it, with its qualifier and who makes the claim; no suppression applies because no record-level data is involved.',
  methodRecordsCounts: 'Counts of rows in {path} (SQL: {sql}); dates are coarsened to the {grain}.',
  methodRecordsThreshold: 'Counts from 1 to {below} are suppressed (threshold {threshold}).',
  methodRecordsAudit:
    "Further counts are suppressed until an audit shows that no suppressed count can be worked out: for each one, a linear-programming solver computes the smallest and largest value that fits everything published (cells, row, column and grand totals, the totals this table shares with the technology's other tables, and the number of rows read), and that range must span at least {threshold}.",
  methodRecordsTotalOnly:
    'No set of suppressions passed the audit for this table, so only its total is published.',
  methodAddenda:
    'Counted from the addenda table printed in each Impact and Use Policy (the date of each addendum, grouped by calendar year). Public documents: no suppression applies.',
  rowsNoRows: 'received, no rows: the file holds a header and no records (not a count of 0)',
  rowsWithheld:
    'records aggregated (the number is withheld: with the published totals it would reveal a suppressed count)',
  rowsRounded: (n: number, to: number, locale: Locale) =>
    `about ${num(locale, n)} records aggregated (rounded to the nearest ${num(locale, to)}, so that it cannot reveal a suppressed count)`,
  rowsExact: (n: number, locale: Locale) => `${num(locale, n)} records aggregated`,
  excludedWithheld: 'A withheld number of rows',
  excludedRows: (n: number, locale: Locale) => `${num(locale, n)} row(s)`,
  reportingOn: '(reporting on [the original document](original), not read by the portal)',
  summarisedBy: 'Summarised by {source} ({kind}).',
  theReport: 'The report: {report} (address as the source gives it; not opened by the portal).',
  grainMonth: 'month',
  grainQuarter: 'quarter',
  grainYear: 'year',
  grainPeriod: 'period',
  dataNoRecords:
    'No published records yet: the dataset is declared so that an export placed at its path is processed by npm run aggregate. Its statistics are shown as not reported.',
  dataKindPublished:
    'Published claims, each with who makes it and where it was read (not official statistics)',
  dataKindRecords:
    'Record level; only counts are published. Threshold {threshold}, time grain {grain}.',
  dataSourceSuffix: ' (each row names its source, who makes the claim, and its address)',
};

export default defineProse(
  'site-stats-prose',
  {
    en,
    es: {
      claimsNotice:
        '**Afirmaciones publicadas, no estadísticas oficiales.** Cada cifra de estas páginas es una afirmación de un medio de comunicación, de una organización de defensa de derechos o de buen gobierno o de un testimonio oficial, y se muestra con quién la hace, dónde se leyó y los matices de la propia fuente («alrededor de», «más de»). El departamento no ha publicado datos a nivel de registro sobre el uso, las divulgaciones ni las solicitudes FOIL: donde no se informa nada, las páginas dicen «no informado», nunca 0.',
      claimsNoticeTechnology:
        'Las cifras de esta página son **afirmaciones publicadas, no estadísticas oficiales**. Cada una muestra quién hace la afirmación y dónde se leyó; se conservan matices como «alrededor de» o «más de» y los periodos aproximados.',
      medianNote:
        'SQL: {sql}. Solo se publica una mediana donde se cerraron al menos {threshold} solicitudes; el número de solicitudes no se muestra a su lado, para que no pueda restarse de la tabla anterior.',
      foilNoRows:
        'Recibido, sin filas: la exportación de solicitudes FOIL no contiene registros, lo que no equivale a un recuento de 0 (conjunto de datos {dataset}).',
      foilNotReported:
        'No informado: el departamento no ha publicado registros de solicitudes FOIL (conjunto de datos {dataset}).',
      recordsIntro:
        'El portal está preparado para agregar los registros del propio departamento y publicar solo recuentos, tras el control de divulgación. No se ha recibido ningún registro de los conjuntos de datos indicados a continuación.',
      method1:
        'Los recuentos procedentes de datos a nivel de registro se suprimen cuando están entre 1 y el umbral del conjunto de datos menos uno (10, salvo que el conjunto declare otro), y las fechas se agrupan por mes o por trimestre según el conjunto. Suprimir un recuento pequeño no basta por sí solo: quien conoce el total de una fila y las demás celdas de esa fila puede restar, y con varios totales a la vez puede despejar un recuento suprimido como en un rompecabezas. Por eso se suprimen también otros recuentos, y después se audita cada conjunto de datos antes de publicar nada.',
      method2:
        '**La auditoría.** Para cada recuento suprimido, un programa de programación lineal (HiGHS) calcula el menor y el mayor valor que podría tener, teniendo en cuenta todo lo que publica el portal: las celdas, los totales de filas y columnas y el total general, los totales que una tabla comparte con las demás tablas de la misma tecnología (cuentan los mismos registros) y el número de registros leídos (la suma de los totales de las tecnologías). Así comprueban sus tablas las oficinas de estadística (τ-ARGUS de Statistics Netherlands, sdcTable de R). Un recuento suprimido solo se da por bueno cuando ese intervalo abarca al menos el umbral, de modo que nadie pueda averiguarlo ni saber si es un recuento pequeño. Cuando un recuento no lo cumple, se suprime otro más (primero el menor, las celdas antes que los totales) y la auditoría se repite; cuando ningún conjunto de supresiones lo cumple, solo se publica el total de la tabla. El número de registros leídos solo se muestra exacto cuando la auditoría lo permite; si no, se redondea o se retiene, y la página lo dice. Las filas que una estadística deja fuera (por ejemplo, solicitudes sin fecha de cierre) solo se cuentan cuando no hay nada suprimido en el conjunto de datos.',
      method3:
        '**Nada que identifique a nadie.** Cada columna de categorías tiene una lista cerrada de valores permitidos en el [paquete de datos](package); cualquier otro valor detiene la compilación, así que ningún nombre, dirección, matrícula, identificador o texto libre puede convertirse en una etiqueta. Las columnas que podrían identificar a una persona (nombres, fechas de nacimiento, direcciones, matrículas, NYSID, números de caso o de denuncia, texto libre, coordenadas, horas del día) se rechazan salvo que se eliminen antes de la agregación, y se comprueban todos los valores de todas las filas, no una muestra. Se rechazan las fechas posteriores a la compilación. Un archivo recibido sin filas se muestra como «recibido, sin filas», nunca como 0. Las descargas neutralizan cualquier celda que una hoja de cálculo ejecutaría como fórmula. El SQL de cada recuento se publica con él en el [catálogo de datos](catalogue) y en el JSON de cada conjunto de datos.',
      protection:
        'Cuando se publiquen, los recuentos procedentes de los registros del departamento ocultarán todo recuento entre 1 y el umbral menos uno, y otros recuentos donde un total permitiría calcularlos. Antes de publicar, una auditoría calcula, para cada recuento oculto, el menor y el mayor valor que podría tener dadas todas las cifras publicadas (celdas, totales, totales compartidos con otras tablas, registros leídos); el intervalo debe abarcar al menos el umbral, o se ocultan más recuentos, o solo se muestra el total. Solo los valores de la lista declarada de cada columna pueden aparecer como etiquetas. Véase el [método](method).',
      nothingReported: 'no se informa nada',
      detailNoSource: 'ninguna fuente que cita el portal da una cifra sobre esta tecnología',
      detailCounts: 'recuentos de {dataset}, por {grain}',
      detailWithheld:
        'no se publica ninguna tabla para esta tecnología: los registros no contienen filas suyas, o el control de divulgación retuvo su tabla',
      detailNoRowsForTechnology: 'los registros recibidos no contienen filas de esta tecnología',
      detailNoRows:
        'se recibió la exportación, pero no contiene filas (recibido, sin filas; no es un recuento de 0)',
      detailNoRecords: 'el departamento no ha publicado datos a nivel de registro',
      detailFoilDepartment:
        'las solicitudes FOIL solo se cuentan para todo el departamento, no por tecnología',
      detailFoilNone:
        'no se han publicado registros de solicitudes FOIL; las cifras de toda la agencia según fuentes periodísticas y de defensa de derechos están en la página general de estadísticas',
      detailNoPolicy: 'no hay ninguna política importada',
      detailNoAddenda: 'la política no enumera adendas',
      detailAddenda: (n: number, locale: Locale) =>
        n === 1 ? 'la política enumera 1 adenda' : `la política enumera ${num(locale, n)} adendas`,
      summaryNone: 'Ninguna fuente informa de ninguna de estas cifras.',
      summaryLargest: 'La mayor cifra publicada es {display} ({series}, {category}){missing}.',
      summaryMissing: '; ninguna fuente informa de {missing} de las {total} cifras',
      summaryTotalOnly:
        'Total: {total}; solo se publica el total (no existe una forma segura de publicar las {cells} celdas).',
      summarySuppressed: 'Total: {total}; {suppressed} de las {cells} celdas están suprimidas.',
      summaryNoAddenda: 'Las políticas importadas no enumeran adendas.',
      summaryAddenda: (total: number, years: number, locale: Locale) =>
        `Las políticas importadas enumeran ${total === 1 ? '1 adenda' : `${num(locale, total)} adendas`} en ${years === 1 ? '1 año' : `${num(locale, years)} años`}.`,
      methodPublished:
        'Afirmaciones publicadas por las fuentes nombradas junto a cada número (conjunto de datos {dataset}, {path}), no estadísticas oficiales. Cada número se muestra tal como lo imprimió la fuente, con su matiz y con quién hace la afirmación; no se aplica supresión porque no intervienen datos a nivel de registro.',
      methodRecordsCounts:
        'Recuentos de filas de {path} (SQL: {sql}); las fechas se agrupan por {grain}.',
      methodRecordsThreshold: 'Se suprimen los recuentos de 1 a {below} (umbral de {threshold}).',
      methodRecordsAudit:
        'Se suprimen más recuentos hasta que una auditoría demuestra que ningún recuento suprimido puede calcularse: para cada uno, un programa de programación lineal calcula el menor y el mayor valor compatibles con todo lo publicado (celdas, totales de filas y columnas y total general, los totales que esta tabla comparte con las demás tablas de la tecnología y el número de filas leídas), y ese intervalo debe abarcar al menos {threshold}.',
      methodRecordsTotalOnly:
        'Ningún conjunto de supresiones superó la auditoría para esta tabla, así que solo se publica su total.',
      methodAddenda:
        'Contadas a partir de la tabla de adendas impresa en cada Política de Impacto y Uso (la fecha de cada adenda, agrupada por año natural). Documentos públicos: no se aplica supresión.',
      rowsNoRows:
        'recibido, sin filas: el archivo tiene encabezado y ningún registro (no es un recuento de 0)',
      rowsWithheld:
        'registros agregados (el número se retiene: junto con los totales publicados revelaría un recuento suprimido)',
      rowsRounded: (n: number, to: number, locale: Locale) =>
        `unos ${num(locale, n)} registros agregados (redondeado al múltiplo de ${num(locale, to)} más cercano, para que no pueda revelar un recuento suprimido)`,
      rowsExact: (n: number, locale: Locale) =>
        n === 1 ? '1 registro agregado' : `${num(locale, n)} registros agregados`,
      excludedWithheld: 'Un número retenido de filas',
      excludedRows: (n: number, locale: Locale) => (n === 1 ? '1 fila' : `${num(locale, n)} filas`),
      reportingOn: '(informa sobre el [documento original](original), que el portal no ha leído)',
      summarisedBy: 'Resumido por {source} ({kind}).',
      theReport:
        'El informe: {report} (dirección tal como la da la fuente; el portal no lo ha abierto).',
      grainMonth: 'mes',
      grainQuarter: 'trimestre',
      grainYear: 'año',
      grainPeriod: 'periodo',
      dataNoRecords:
        'Todavía no hay registros publicados: el conjunto de datos está declarado para que npm run aggregate procese una exportación colocada en su ruta. Sus estadísticas se muestran como no informadas.',
      dataKindPublished:
        'Afirmaciones publicadas, cada una con quién la hace y dónde se leyó (no son estadísticas oficiales)',
      dataKindRecords:
        'A nivel de registro; solo se publican recuentos. Umbral: {threshold}; agrupación temporal: {grain}.',
      dataSourceSuffix: ' (cada fila nombra su fuente, quién hace la afirmación y su dirección)',
    },
  },
  { es: { date: '2026-12-03', from: 'c1d386ea1871' } },
);

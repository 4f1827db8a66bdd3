/**
 * The longer texts of the statistics pages, their charts and the data
 * catalogue: notices, the method of disclosure control, chart summaries and
 * method notes, why something is not reported. English (the source, in
 * src/lib/stats/messages.ts) and Spanish; the other languages show the
 * English with the "not yet translated" notice, marked `lang="en"`.
 */
import { defineProse } from '../messages.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../locales.ts';
import { STATS_PROSE_EN } from '../../lib/stats/messages.ts';

const num = (locale: Locale, n: number) => formatNumber(locale, n);

export default defineProse(
  'site-stats-prose',
  {
    en: STATS_PROSE_EN,
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

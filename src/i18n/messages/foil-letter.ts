/**
 * The FOIL request and appeal letters. The letter the NYPD receives is always
 * the English (src/lib/foil/letters.ts); the other version here writes a
 * reading copy of the same letter, shown beside it and marked as not to be
 * sent, so that the requester understands what they send. English and
 * Spanish; templates with `{name}` placeholders.
 */
import { defineProse } from '../messages.ts';
import { LETTER_PROSE_EN } from '../../lib/foil/letters.ts';

export default defineProse(
  'foil-letter',
  {
    en: LETTER_PROSE_EN,
    es: {
      lpPeriodBetween: 'creados o recibidos entre el {from} y el {to}',
      lpPeriodFrom: 'creados o recibidos a partir del {from}',
      lpPeriodTo: 'creados o recibidos hasta el {to}',
      lpRequestRe:
        'Asunto: solicitud según la Ley de Libertad de Información (Freedom of Information Law): registros sobre el uso de {technology} por parte del NYPD',
      lpRequestDear: 'Estimado/a funcionario/a de acceso a registros (Records Access Officer):',
      lpRequestIntro:
        'De acuerdo con la Ley de Libertad de Información de Nueva York ({statute}), solicito copias de los siguientes registros sobre el uso de {technology} por parte del NYPD, tal como se describen en la Política de Impacto y Uso del NYPD para esa tecnología, publicada según la Ley POST ({postAct}):',
      lpRecord: '{n}. {title}: {wording}',
      lpOtherRecords: 'Otros registros',
      lpRecordSource: '   (La política describe estos registros: {source}.)',
      lpCovers: 'Esta solicitud abarca los registros {period}.',
      lpElectronic:
        'Les ruego que envíen los registros en formato electrónico, por correo electrónico o como descarga, en su formato electrónico original cuando exista (por ejemplo, las hojas de cálculo como hojas de cálculo) y, si no, como archivos PDF en los que se pueda buscar texto.',
      lpPaper:
        'Les ruego que envíen copias en papel de los registros a mi dirección postal indicada arriba.',
      lpInspection:
        'Quisiera examinar los registros en persona. Les ruego que me indiquen cuándo y dónde.',
      lpFees:
        'Si corresponde alguna tarifa, les ruego que me indiquen el importe antes de hacer las copias. Examinar y buscar registros no tiene costo, y los registros enviados por correo electrónico normalmente no cuestan nada ({feesLaw}).',
      lpFeeWaiver:
        'También solicito que se exima de cualquier tarifa, porque los registros se refieren a la supervisión pública de la tecnología de vigilancia policial y se usarán para informar al público, no con fines comerciales.',
      lpExpedited: 'Solicito que esta solicitud se tramite con rapidez, por este motivo: {reason}',
      lpResponse:
        'La {responseLaw} exige una respuesta dentro de los {period} siguientes a la recepción: poner los registros a disposición, denegar la solicitud por escrito o acusar recibo de ella con una fecha aproximada para la decisión. Si retienen algún registro o parte de un registro, les ruego que entreguen el resto, indiquen por escrito los motivos de la denegación y den el nombre y la dirección de la persona a quien debe dirigirse una apelación.',
      lpThanks: 'Gracias.',
      lpSincerely: 'Atentamente,',
      lpAppealRe:
        'Asunto: apelación según la Ley de Libertad de Información (Freedom of Information Law): mi solicitud del {requestDate}{ref}',
      lpAppealRef: ' (referencia {reference})',
      lpAppealDear:
        'Estimado/a funcionario/a de apelaciones de acceso a registros (Records Access Appeals Officer):',
      lpAppealDenial:
        'De acuerdo con la {appealLaw}, apelo la denegación fechada el {deniedOn} de mi solicitud del {requestDate}{ref} según la Ley de Libertad de Información.',
      lpDeniedOnBlank: '[fecha de la carta de denegación]',
      lpAppealNoResponse:
        'De acuerdo con la {appealLaw}, apelo la denegación tácita de mi solicitud del {requestDate}{ref} según la Ley de Libertad de Información. El NYPD no puso los registros a disposición, no denegó la solicitud por escrito ni acusó recibo de ella con una fecha aproximada dentro de los {period} siguientes a la recepción{due}, como exige el {responseSection}. Esa falta de respuesta es una denegación de acceso, que puede apelarse.',
      lpAppealDue: ' (a más tardar el {date})',
      lpAskedFor: 'Solicité: {records}',
      lpReasons: 'Los registros deben divulgarse porque: {reasons}',
      lpAppealClose:
        'Les ruego que concedan el acceso a los registros o expliquen por escrito los motivos de la denegación dentro de los {period} siguientes a la recepción de esta apelación, como exige la {decisionLaw}.',
      lpBlankTechnology: '[tecnología]',
      lpBlankRecordTitle: '[Tipo de registro]',
      lpBlankRecordWording:
        '[Describa los registros: qué son, quién los hizo, la unidad y las fechas. Vea en los mapas de registros una redacción sugerida.]',
      lpBlankStart: '[fecha de inicio]',
      lpBlankEnd: '[fecha de fin]',
      lpBlankName: '[Su nombre]',
      lpBlankPostal: '[Su dirección postal, opcional]',
      lpBlankEmail: '[Su dirección de correo electrónico]',
      lpBlankDate: '[fecha]',
      lpBlankRequestDate: '[fecha de su solicitud]',
      lpBlankReference: '[número de solicitud, si lo hay]',
      lpBlankRecords: '[los registros que solicitó, como en su solicitud]',
      lpBlankReasons: '[opcional: por qué deben divulgarse los registros]',
    },
  },
  { es: { date: '2026-12-03', from: '08b1a797750e' } },
);

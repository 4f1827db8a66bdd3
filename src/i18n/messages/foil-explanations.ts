/**
 * How the FOIL deadline calculator explains each date (the days counted and
 * skipped, the holidays by name, the assumptions it makes): English and
 * Spanish. In another language the explanations are shown in English with
 * the "not yet translated" notice; the calculator's labels are in
 * foil-tools.ts, in every language. The English lives with the calculator
 * (src/lib/foil/deadlines.ts). Templates with `{name}` placeholders.
 */
import { defineProse } from '../messages.ts';
import { DEADLINE_PROSE_EN } from '../../lib/foil/deadlines.ts';

export default defineProse(
  'foil-explanations',
  {
    en: DEADLINE_PROSE_EN,
    es: {
      exWeekend: '{from}–{to} (fin de semana)',
      exSkippedDay: '{date} ({reason})',
      exSaturdayName: 'sábado',
      exSundayName: 'domingo',
      exHolidayUnnamed: 'día festivo',
      exListSeparator: '; ',
      exNonBusiness:
        'El {date} es {reason} y no es día hábil, así que el cómputo empieza el siguiente día hábil, el {next}.',
      exSaturday: 'sábado',
      exSunday: 'domingo',
      exPublicHoliday: 'un día festivo',
      exLate:
        'Recibida a las {time}, a última hora del día (a las {cutoff} o después, nuestra hora límite), así que el día 1 es el siguiente día hábil, el {next}.',
      exBeforeCutoff: 'Recibida a las {time}, antes de nuestra hora límite de las {cutoff}',
      exNoTime: 'No se indicó la hora de recepción, así que suponemos que llegó en horario laboral',
      exAppealHours: 'Tomamos la apelación como recibida en horario laboral',
      exPaperHours: 'Una solicitud en papel se toma como recibida en horario laboral',
      exDayOfReceipt: '{how}: el día de recepción, el {date}, es el día 1.',
      exCountedDay: '{date} ({n})',
      exNotCounted: 'No se cuentan: {days}.',
      exNoneSkipped: 'En este periodo no cae ningún fin de semana ni día festivo.',
      exCountedFromDayOne: 'Se cuentan {period} desde el día 1: {counted}.',
      exConstructive:
        'Si no llega nada antes de que termine este día, la solicitud queda denegada de forma tácita (constructive denial) y usted puede apelar.',
      exAckLate:
        'El acuse de recibo ({ack}) llegó después del plazo de {periodAdjective}, que vencía el {due}; la solicitud ya estaba denegada de forma tácita entonces, y usted podía apelar desde esa fecha.',
      exAfterAck: 'Se cuentan {period} tras el acuse de recibo del {ack}: {counted}.',
      exDateCertain:
        'Solo se admite una fecha posterior con una explicación escrita del retraso y una «fecha cierta» (date certain); una fecha incumplida es una denegación tácita.',
      exAssumeAck:
        'No se indicó la fecha del acuse de recibo: suponemos que el NYPD acusa recibo el último día permitido, el {date}.',
      exDenialWritten: 'la denegación escrita fechada el {date}',
      exDenialApproximate:
        'la denegación tácita si no llega ninguna decisión antes de la fecha aproximada, el {date}',
      exDenialNoResponse: 'la denegación tácita si no hay respuesta a más tardar el {date}',
      exAssumeNoDecision:
        'No se indicó la fecha de la denegación: suponemos que no llega ninguna decisión antes de la fecha aproximada. Si el NYPD dio por escrito una fecha cierta posterior, con sus motivos, cuente desde esa fecha.',
      exAssumeNoResponse:
        'No se indicó la fecha del acuse de recibo ni la de la denegación: suponemos que no hay ninguna respuesta al vencer el plazo de {periodAdjective}.',
      exFromDenialDate:
        'Contamos los {count} días desde la fecha misma de la denegación (no desde que usted se entera), la lectura más temprana, para que no llegue tarde según ninguna lectura.',
      exCalendarDays: '{Count} días naturales después de {denial}: {date}.',
      exStands: 'Es un día hábil, así que se mantiene.',
      exMovesNext:
        'Ese día no es hábil ({skipped}), así que, según la {law}, el plazo pasa al siguiente día hábil, el {date}.',
      exPeriodCounted: 'Se cuentan {period}: {counted}.',
      exAssumeAppealLast:
        'No se indicó la fecha de la apelación: suponemos que su apelación llega al NYPD el último día, el {date}. Apelar antes adelanta esta fecha.',
      exMonthsAfter: '{Period} después de la resolución de la apelación del {decided}: {date}.',
      exMonthsAfterClamped:
        '{Period} después de la resolución de la apelación del {decided}: {date} (ese mes no tiene ese día, así que se toma su último día).',
      exMovesTo:
        'Ese día no es hábil ({skipped}), así que, según la {law}, el plazo pasa al {date}.',
      exAssumeDecision:
        'No se indicó la fecha de la resolución: suponemos que el funcionario de apelaciones decide (o no responde) el último día permitido, el {date}.',
      exHolidayNewYear: 'Año Nuevo',
      exHolidayLincoln: 'Natalicio de Lincoln',
      exHolidayJuneteenth: 'Juneteenth (19 de junio)',
      exHolidayIndependence: 'Día de la Independencia',
      exHolidayVeterans: 'Día de los Veteranos',
      exHolidayChristmas: 'Navidad',
      exHolidayMlk: 'Día de Martin Luther King Jr.',
      exHolidayWashington: 'Natalicio de Washington',
      exHolidayMemorial: 'Día de los Caídos (Memorial Day)',
      exHolidayFlag: 'Día de la Bandera',
      exHolidayLabor: 'Día del Trabajo',
      exHolidayColumbus: 'Día de Colón',
      exHolidayElection: 'Día de las elecciones generales',
      exHolidayThanksgiving: 'Día de Acción de Gracias',
    },
  },
  { es: { date: '2026-12-03', from: 'd211f737b7fe' } },
);

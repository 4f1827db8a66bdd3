/**
 * The longer texts of the FOIL pages that are not part of the guide
 * (content/guides/foil.mdx): English and Spanish; other languages show them
 * in English with the "not yet translated" notice. Periods come from the
 * legal facts, as arguments.
 */
import { defineProse } from '../messages.ts';
import { formatNumber } from '../format.ts';

export default defineProse(
  'foil-prose',
  {
    en: {
      /** The calculator's conventions: the late-in-day cut-off, the appeal period in days, the court period in words. */
      dlpChoices: (cutoff: string, appealDays: number, months: string) =>
        `This portal's choices, where the law leaves room: an email or online request received at or after ${cutoff} New York time counts from the next business day; the ${appealDays} days for an appeal are counted from the date of the denial (or of the missed deadline), the earliest reading; ${months} after a date ends on the same day of the month, or on the last day of a shorter month. Each computed date says how it was counted.`,
    },
    es: {
      dlpChoices: (cutoff: string, appealDays: number, months: string) =>
        `Lo que ha elegido este portal donde la ley deja margen: una solicitud por correo electrónico o en línea recibida a las ${cutoff} o después, hora de Nueva York, se cuenta desde el siguiente día hábil; los ${formatNumber('es', appealDays)} días para apelar se cuentan desde la fecha de la denegación (o del plazo incumplido), la lectura más temprana; ${months} después de una fecha terminan el mismo día del mes, o el último día de un mes más corto. Cada fecha calculada dice cómo se contó.`,
    },
  },
  { es: { date: '2026-12-03', from: 'b57351988e2f' } },
);

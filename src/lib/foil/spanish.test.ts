/**
 * The FOIL tools in Spanish (and, for the interface, in every language):
 * the explanations of the deadlines, the messages of the checks, and the
 * Spanish reading copy of the letters, which sits beside the English letter
 * and never replaces it. The dates themselves never depend on the language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { prose, t } from '../../i18n/messages.ts';
import foilExplanations from '../../i18n/messages/foil-explanations.ts';
import foilLetter from '../../i18n/messages/foil-letter.ts';
import foilTools from '../../i18n/messages/foil-tools.ts';
import { dateProblemMessage } from './date-input.ts';
import {
  DEADLINE_PROSE_EN,
  type DeadlineInput,
  type DeadlineText,
  checkDeadlineInput,
  computeDeadlines,
  deadlineTiming,
  keyDates,
} from './deadlines.ts';
import {
  type AppealLetterInput,
  type LetterText,
  type RequestLetterInput,
  characterCount,
  checkAppealLetter,
  checkRequestLetter,
  composeAppealLetter,
  composeRequestLetter,
  emailHint,
} from './letters.ts';
import { periodIn, spanishNumberWord, timeIn } from './text.ts';
import { terms } from './__fixtures__/legal-facts.ts';

const ui = (locale: Locale) => ({ locale, m: t(foilTools, locale) });
const ES: DeadlineText = {
  ui: ui('es'),
  prose: { locale: 'es', m: prose(foilExplanations, 'es').m },
};
const LETTER_ES: LetterText = { locale: 'es', m: prose(foilLetter, 'es').m };

describe('Spanish numbers and periods', () => {
  it('writes the periods of the legal facts in Spanish words', () => {
    expect(periodIn('es', terms.periods['foil-response-5-days'])).toBe('cinco días hábiles');
    expect(periodIn('es', terms.periods['foil-approximate-20-days'])).toBe('veinte días hábiles');
    expect(periodIn('es', terms.periods['foil-appeal-30-days'])).toBe('treinta días');
    expect(periodIn('es', terms.periods['foil-appeal-10-days'])).toBe('diez días hábiles');
    expect(periodIn('es', terms.periods['cplr-217-four-months'])).toBe('cuatro meses');
  });
  it('uses the forms before a masculine noun, and digits past 99', () => {
    expect(spanishNumberWord(1)).toBe('un');
    expect(spanishNumberWord(16)).toBe('dieciséis');
    expect(spanishNumberWord(21)).toBe('veintiún');
    expect(spanishNumberWord(31)).toBe('treinta y un');
    expect(spanishNumberWord(45)).toBe('cuarenta y cinco');
    expect(spanishNumberWord(100)).toBe('100');
    expect(periodIn('es', { count: 1, unit: 'months' })).toBe('un mes');
    expect(periodIn('es', { count: 1, unit: 'business-days' })).toBe('un día hábil');
  });
  it('writes the late-in-day cut-off on a 24-hour clock', () => {
    expect(timeIn('es', '16:00')).toBe('16:00');
    expect(timeIn('en', '16:00')).toBe('4:00 pm');
  });
});

describe('deadlines explained in Spanish', () => {
  const input: DeadlineInput = { receivedOn: '2025-12-22', channel: 'paper' };
  const list = computeDeadlines(input, terms, ES);
  const byId = (id: string) => list.find((d) => d.id === id)!;

  it('gives the same dates as in English', () => {
    expect(list.map((d) => d.date)).toEqual(computeDeadlines(input, terms).map((d) => d.date));
  });
  it('labels each date in Spanish', () => {
    expect(byId('response').label).toBe(
      'El NYPD debe conceder, denegar o acusar recibo de la solicitud por escrito a más tardar el',
    );
    expect(keyDates(list, ES).map((k) => k.label)).toEqual([
      'Respuesta a más tardar',
      'Apelar a más tardar',
      'Acudir a los tribunales a más tardar',
    ]);
  });
  it('names the days counted and skipped, Christmas and the weekend, in Spanish', () => {
    const r = byId('response').explanation.join(' ');
    expect(r).toContain(
      'Se cuentan cinco días hábiles desde el día 1: lun, 22 dic (1); mar, 23 dic (2)',
    );
    expect(r).toContain(
      'No se cuentan: jue, 25 dic (Navidad); sáb, 27 dic–dom, 28 dic (fin de semana).',
    );
    expect(byId('approximate').explanation.join(' ')).toContain('jue, 1 ene (Año Nuevo)');
    expect(byId('approximate').explanation.join(' ')).toContain(
      'lun, 19 ene (Día de Martin Luther King Jr.)',
    );
  });
  it('states its assumptions and dates in Spanish, with the law cited as it is', () => {
    expect(byId('day-one').explanation[0]).toBe(
      'Una solicitud en papel se toma como recibida en horario laboral: el día de recepción, el lunes, 22 de diciembre de 2025, es el día 1.',
    );
    expect(byId('appeal').explanation[0]).toBe(
      'Treinta días naturales después de la denegación tácita si no hay respuesta a más tardar el lunes, 29 de diciembre de 2025: miércoles, 28 de enero de 2026.',
    );
    expect(byId('appeal').assumptions.join(' ')).toContain(
      'suponemos que no hay ninguna respuesta al vencer el plazo de cinco días hábiles',
    );
    const moved = computeDeadlines(
      { receivedOn: '2026-01-05', channel: 'paper', deniedOn: '2026-01-16' },
      terms,
      ES,
    ).find((d) => d.id === 'appeal')!;
    expect(moved.explanation[1]).toMatch(
      /^Ese día no es hábil \(.*\), así que, según la General Construction Law § 25-a, el plazo pasa al siguiente día hábil, el /,
    );
  });
  it('explains a late email in Spanish, with the cut-off in 24-hour time', () => {
    const late = computeDeadlines(
      { receivedOn: '2025-12-24', channel: 'electronic', receivedAt: '16:30' },
      terms,
      ES,
    )[0]!;
    expect(late.date).toBe('2025-12-26');
    expect(late.explanation[0]).toContain(
      'Recibida a las 16:30, a última hora del día (a las 16:00 o después, nuestra hora límite)',
    );
    expect(late.explanation[0]).toContain('jue, 25 dic (Navidad)');
  });
  it('says in Spanish what is wrong with the input', () => {
    expect(checkDeadlineInput({ receivedOn: '', channel: 'paper' }, ES)[0]?.message).toBe(
      'Introduzca la fecha en que se recibió la solicitud.',
    );
    expect(
      checkDeadlineInput(
        { receivedOn: '2025-12-22', channel: 'paper', deniedOn: '2025-12-01' },
        ES,
      )[0]?.message,
    ).toBe(
      'La fecha de la denegación (2025-12-01) no puede ser anterior a la fecha de recepción (2025-12-22).',
    );
    expect(dateProblemMessage('La fecha de la carta', 'impossible', '2025-02-30', ES.ui)).toBe(
      'La fecha de la carta no es una fecha real: febrero de 2025 tiene 28 días, así que «2025-02-30» no existe.',
    );
    expect(dateProblemMessage('La fecha de la carta', 'after-range', '9999-12-31', ES.ui)).toBe(
      'La fecha de la carta (31 de diciembre de 9999) es posterior a las fechas que esta herramienta puede contar: introduzca una fecha del 1 de enero de 1980 al 31 de diciembre de 2100. Revise el año.',
    );
    expect(deadlineTiming('2025-12-01', '2026-12-03', ES)).toBe(
      'Esta fecha ya pasó (hoy es 3 de diciembre de 2026 en Nueva York).',
    );
  });
});

describe('every language of the interface', () => {
  const inputs: DeadlineInput[] = [
    { receivedOn: '2025-12-22', channel: 'paper' },
    { receivedOn: '2025-12-24', channel: 'electronic', receivedAt: '16:30' },
    { receivedOn: '2025-12-27', channel: 'electronic' },
    { receivedOn: '2025-12-22', channel: 'paper', acknowledgedOn: '2026-01-05' },
    {
      receivedOn: '2026-01-05',
      channel: 'paper',
      deniedOn: '2026-01-09',
      appealDecidedOn: '2026-10-31',
    },
  ];
  it.each(LOCALES.map((l) => l.code))(
    '%s: labels every date and every problem, and never moves a date',
    (locale) => {
      const text: DeadlineText = {
        ui: ui(locale),
        prose: { locale: 'en', m: DEADLINE_PROSE_EN },
      };
      for (const input of inputs) {
        const list = computeDeadlines(input, terms, text);
        expect(list.map((d) => d.date)).toEqual(computeDeadlines(input, terms).map((d) => d.date));
        for (const d of list) expect(d.label).toBe(text.ui.m[`dlLabel${labelKey(d.id)}`]);
        expect(keyDates(list, text).every((k) => k.label && k.note)).toBe(true);
      }
      const problems = checkDeadlineInput(
        {
          receivedOn: '2025-12-22',
          channel: 'paper',
          acknowledgedOn: '2025-12-01',
          deniedOn: '2025-12-02',
          appealReceivedOn: '2025-12-03',
        },
        text,
      );
      expect(problems).toHaveLength(3);
      for (const reason of [
        'empty',
        'malformed',
        'impossible',
        'before-range',
        'after-range',
      ] as const)
        for (const value of [undefined, '2025-02-30', '0001-01-01', '9999-12-31', 'garbage'])
          expect(dateProblemMessage('X', reason, value, text.ui).length).toBeGreaterThan(1);
      expect(
        checkRequestLetter({ ...REQUEST, records: [], contact: { name: '' } }, ui(locale)),
      ).toHaveLength(3);
      expect(emailHint('no-at', ui(locale))).not.toMatch(/\{/);
      expect(characterCount(12, 3000, ui(locale))).toMatch(/12|١٢|১২/);
    },
  );
});

function labelKey(id: string) {
  return (
    {
      'day-one': 'DayOne',
      response: 'Response',
      approximate: 'Approximate',
      appeal: 'Appeal',
      'appeal-decision': 'AppealDecision',
      'article-78': 'Article78',
    } as const
  )[id as 'day-one'];
}

const REQUEST: RequestLetterInput = {
  technology: 'Facial Recognition',
  records: [
    {
      title: 'Possible match reports',
      wording: 'All possible match reports prepared by facial recognition investigators.',
      source: 'NYPD Impact and Use Policy: Facial Recognition, Rules ¶12',
    },
  ],
  dateFrom: '2024-01-01',
  dateTo: '2025-12-31',
  format: 'electronic',
  contact: { name: 'A. Solicitante', email: 'a@example.org' },
  feeWaiver: true,
  expedited: 'una audiencia del Concejo',
  date: '2025-12-22',
  recipient: ['Records Access Officer, FOIL Unit', 'New York City Police Department'],
};

describe('the Spanish reading copy of the request letter', () => {
  const english = composeRequestLetter(REQUEST, terms);
  const reading = composeRequestLetter(
    {
      ...REQUEST,
      records: [
        {
          title: 'Informes de posible coincidencia',
          wording: 'Todos los informes de posible coincidencia.',
          source: REQUEST.records[0]!.source,
        },
      ],
    },
    terms,
    LETTER_ES,
  );

  it('leaves the letter to the NYPD in English', () => {
    expect(english).toContain(
      "Re: Freedom of Information Law request: records about the NYPD's use of Facial Recognition",
    );
    expect(english).toContain('\nDecember 22, 2025\n');
    expect(english).toContain('requires a response within five business days of receipt');
    expect(english).not.toMatch(/solicitud|días/);
  });
  it('says the same in Spanish, with the dates, periods and requests in Spanish', () => {
    expect(reading).toContain(
      'Asunto: solicitud según la Ley de Libertad de Información (Freedom of Information Law): registros sobre el uso de Facial Recognition por parte del NYPD',
    );
    expect(reading).toContain('\n22 de diciembre de 2025\n');
    expect(reading).toContain(
      'Esta solicitud abarca los registros creados o recibidos entre el 1 de enero de 2024 y el 31 de diciembre de 2025.',
    );
    expect(reading).toContain(
      '1. Informes de posible coincidencia: Todos los informes de posible coincidencia.',
    );
    expect(reading).toContain(
      'La Public Officers Law § 89(3)(a) exige una respuesta dentro de los cinco días hábiles siguientes a la recepción',
    );
    expect(reading).toContain('También solicito que se exima de cualquier tarifa');
    expect(reading).toContain('por este motivo: una audiencia del Concejo');
    expect(reading.endsWith('Atentamente,\nA. Solicitante')).toBe(true);
  });
  it('keeps what is not the portal’s words as it is: names, addresses, citations, sources', () => {
    for (const kept of [
      'Records Access Officer, FOIL Unit',
      'New York City Police Department',
      'Public Officers Law, Article 6, §§ 84–90',
      'NYC Administrative Code § 14-188',
      '(La política describe estos registros: NYPD Impact and Use Policy: Facial Recognition, Rules ¶12.)',
      'a@example.org',
    ])
      expect(reading).toContain(kept);
  });
  it('has the same shape as the English letter, line for line', () => {
    expect(reading.split('\n')).toHaveLength(english.split('\n').length);
  });
  it('writes its template blanks in Spanish', () => {
    const b = LETTER_ES.m;
    const template = composeRequestLetter(
      {
        technology: b.lpBlankTechnology,
        records: [{ title: b.lpBlankRecordTitle, wording: b.lpBlankRecordWording }],
        dateFrom: b.lpBlankStart,
        dateTo: b.lpBlankEnd,
        format: 'paper',
        contact: { name: b.lpBlankName, email: b.lpBlankEmail },
        date: '[date]',
        recipient: ['A'],
      },
      terms,
      LETTER_ES,
    );
    expect(template).toContain('\n[fecha]\n');
    expect(template).toContain(
      'creados o recibidos entre el [fecha de inicio] y el [fecha de fin]',
    );
    expect(template).toContain('1. [Tipo de registro]: [Describa los registros');
  });
  it('checks the input with Spanish messages', () => {
    const problems = checkRequestLetter(
      {
        ...REQUEST,
        records: [],
        contact: { name: ' ' },
        dateFrom: '2025-12-31',
        dateTo: '2025-01-01',
      },
      { locale: 'es', m: t(foilTools, 'es') },
    ).map((p) => p.message);
    expect(problems).toEqual([
      'Elija al menos un registro que solicitar, o describa los registros con sus propias palabras.',
      'Introduzca su nombre.',
      'Introduzca una dirección de correo electrónico o una dirección postal para que el NYPD pueda responderle.',
      'La fecha de fin debe ser igual o posterior a la fecha de inicio.',
    ]);
    expect(emailHint('no-at', { locale: 'es', m: t(foilTools, 'es') })).toBe(
      'Revise esta dirección de correo electrónico: no tiene @. Una dirección tiene la forma nombre@example.org. La carta se redacta igualmente con lo que escribió.',
    );
    expect(characterCount(12, 3000, { locale: 'es', m: t(foilTools, 'es') })).toBe(
      '12 de 3000 caracteres',
    );
  });
});

describe('the Spanish reading copy of the appeal letter', () => {
  const appeal: AppealLetterInput = {
    kind: 'no-response',
    requestDate: '2025-12-22',
    responseDueOn: '2025-12-29',
    reference: '2025-PL-123',
    recordsDescription: 'Informes de posible coincidencia.',
    contact: { name: 'A. Solicitante' },
    date: '2026-01-10',
    recipient: ['Records Access Appeals Officer'],
  };
  it('explains the constructive denial in Spanish, with the missed date and the law as cited', () => {
    const reading = composeAppealLetter(appeal, terms, LETTER_ES);
    expect(reading).toContain(
      'Asunto: apelación según la Ley de Libertad de Información (Freedom of Information Law): mi solicitud del 22 de diciembre de 2025 (referencia 2025-PL-123)',
    );
    expect(reading).toContain(
      'dentro de los cinco días hábiles siguientes a la recepción (a más tardar el 29 de diciembre de 2025), como exige el § 89(3)(a).',
    );
    expect(reading).toContain(
      'dentro de los diez días hábiles siguientes a la recepción de esta apelación, como exige la Public Officers Law § 89(4)(a).',
    );
    expect(composeAppealLetter(appeal, terms)).toContain(
      'within five business days of receipt (by December 29, 2025), as § 89(3)(a) requires.',
    );
  });
  it('checks the appeal with Spanish messages', () => {
    expect(
      checkAppealLetter(
        { ...appeal, kind: 'denial', requestDate: '', recordsDescription: '' },
        { locale: 'es', m: t(foilTools, 'es') },
      ).map((p) => p.message),
    ).toEqual([
      'Introduzca la fecha de su solicitud.',
      'Introduzca la fecha de la carta de denegación.',
      'Describa los registros que solicitó.',
    ]);
  });
});

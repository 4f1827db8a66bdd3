/**
 * Translations of the short descriptive texts the project's data files hold
 * (data/inventory/nypd-policy-inventory.csv: status seen, certainty, source
 * descriptions; data/policies/<slug>/publication.json: where an address comes
 * from). Keyed by the English exactly as in the data: a text that changes in
 * the data has no translation until it is added here, and shows in English,
 * marked (src/lib/policy/data-text.ts). URLs and file paths are not
 * translated. A unit test names any text in data/ without its Spanish.
 */
import { defineProse } from '../messages.ts';

const en = {
  "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
    "the address third-party reports cite for the NYPD's list of Impact and Use Policies",
  final: 'final',
  'final (updated)': 'final (updated)',
  referenced: 'referenced',
  'draft for public comment': 'draft for public comment',
  'draft (public comments filed)': 'draft (public comments filed)',
  revised: 'revised',
  confirmed: 'confirmed',
  'confirmed (named in thermographic cameras footnote 1)':
    'confirmed (named in thermographic cameras footnote 1)',
  'confirmed (named in thermographic cameras footnote 2)':
    'confirmed (named in thermographic cameras footnote 2)',
  'confirmed (named in thermographic cameras footnote 3)':
    'confirmed (named in thermographic cameras footnote 3)',
  'uncertain (file name cited by a third party)': 'uncertain (file name cited by a third party)',
  'uncertain (secondary note)': 'uncertain (secondary note)',
  'third-party citation of the NYPD post-final PDF':
    'third-party citation of the NYPD post-final PDF',
  'third-party research note': 'third-party research note',
};

export default defineProse(
  'policy-data-text',
  {
    en,
    es: {
      "the address third-party reports cite for the NYPD's list of Impact and Use Policies":
        'la dirección que citan informes de terceros para la lista de Políticas de Impacto y Uso del NYPD',
      final: 'final',
      'final (updated)': 'final (actualizada)',
      referenced: 'mencionada',
      'draft for public comment': 'borrador sometido a comentarios del público',
      'draft (public comments filed)': 'borrador (con comentarios del público presentados)',
      revised: 'revisada',
      confirmed: 'confirmado',
      'confirmed (named in thermographic cameras footnote 1)':
        'confirmado (mencionada en la nota 1 de la política de thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 2)':
        'confirmado (mencionada en la nota 2 de la política de thermographic cameras)',
      'confirmed (named in thermographic cameras footnote 3)':
        'confirmado (mencionada en la nota 3 de la política de thermographic cameras)',
      'uncertain (file name cited by a third party)':
        'incierto (nombre de archivo citado por un tercero)',
      'uncertain (secondary note)': 'incierto (nota secundaria)',
      'third-party citation of the NYPD post-final PDF':
        'cita, por un tercero, del PDF del NYPD posterior a la versión final',
      'third-party research note': 'nota de investigación de un tercero',
    },
  },
  { es: { date: '2026-12-03', from: 'pending' } },
);

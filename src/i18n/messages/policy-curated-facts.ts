/**
 * Translations of the reviewers' curated key-fact values
 * (data/policies/<slug>/key-facts.json), keyed `<slug>/<fact>/value` and
 * `<slug>/<fact>/detail`. The English here is a copy of the data file's: a
 * translation is used only while it still matches (src/lib/oversight/key-facts.ts,
 * `localizeCurated`), so an edited value shows in English, marked as such,
 * until its translation is updated; a unit test (key-facts.i18n.test.ts)
 * names any value whose Spanish is missing or stale.
 */
import { defineProse } from '../messages.ts';

const en = {
  'facial-recognition/data-kept/value': 'Yes: analysis results',
  'facial-recognition/data-kept/detail':
    'Results of facial recognition analysis relevant to a case are stored in NYPD computer or case management systems. Probe images are never added to the photo repository of arrest and parole photographs.',
  'facial-recognition/retention/value': 'Records schedule: 1 year to permanent',
  'facial-recognition/retention/detail':
    'No period specific to facial recognition is stated. The policy quotes the general retention schedule for case investigation records (from one year after the case closes to permanent, by offence) and personal information data files.',
  'facial-recognition/ai-ml/value': 'Algorithms named; AI/ML neither claimed nor denied',
  'facial-recognition/ai-ml/detail':
    "The policy says the technology uses algorithms evaluated by NIST. The draft's statement that the software does not use artificial intelligence or machine learning was removed from the final policy (summary of changes).",
  'facial-recognition/training/value': 'Facial recognition, image comparison, operation',
  'facial-recognition/training/detail':
    'Users are trained on facial recognition technology, image comparison principles and the operation of the technology and equipment; access is given only after mandatory training. No frequency or hours are stated.',
  'facial-recognition/audit/value':
    'Supervisor review, ICO inspection, IAB, focused audits on request',
  'facial-recognition/audit/detail':
    'Use must be discussed with a supervisor; supervisors inspect computer areas each tour; Integrity Control Officers oversee computer security; misuse is investigated by the command or the Internal Affairs Bureau; focused audits of computer activity may be requested from the Information Technology Bureau.',
  'thermographic-cameras/data-kept/value': "Only the security robot's data",
  'thermographic-cameras/data-kept/detail':
    'Handheld and other thermographic cameras do not record, store or retain heat signature images or temperature data. The autonomous security robot (six-month pilot, addendum of April 11, 2023) does keep data.',
  'thermographic-cameras/retention/value': '30 days (security robot only)',
  'thermographic-cameras/retention/detail':
    'Data of the autonomous security robot is retained for thirty days; other cameras keep nothing. The policy also quotes the general retention schedule for case investigation records.',
  'thermographic-cameras/ai-ml/value': 'Not stated; denial removed',
  'thermographic-cameras/ai-ml/detail':
    "The final policy says nothing about artificial intelligence or machine learning: the draft's statement that the cameras do not use them was removed (summary of changes).",
  'thermographic-cameras/training/value': 'Command-level training on operation',
  'thermographic-cameras/training/detail':
    'Users receive command level training on the operation of the cameras and equipment. No content beyond operation, frequency or hours is stated.',
  'thermographic-cameras/audit/value': 'Supervisors; reports to IAB',
  'thermographic-cameras/audit/detail':
    "Supervisors responsible for an operation decide on use and are responsible for the equipment; unauthorized use may be reported to the Internal Affairs Bureau. No audit of use or of the robot's data is described.",
};

export default defineProse(
  'policy-curated-facts',
  {
    en,
    es: {
      'facial-recognition/data-kept/value': 'Sí: resultados del análisis',
      'facial-recognition/data-kept/detail':
        'Los resultados del análisis de reconocimiento facial relevantes para un caso se guardan en los sistemas informáticos o de gestión de casos del NYPD. Las imágenes de consulta nunca se añaden al repositorio de fotografías de arrestos y de libertad condicional.',
      'facial-recognition/retention/value': 'Calendario de conservación: de 1 año a permanente',
      'facial-recognition/retention/detail':
        'No se indica ningún plazo propio del reconocimiento facial. La política cita el calendario general de conservación de los expedientes de investigación de casos (desde un año después del cierre del caso hasta la conservación permanente, según el delito) y de los archivos de datos personales.',
      'facial-recognition/ai-ml/value':
        'Se mencionan algoritmos; no afirma ni niega el uso de IA o aprendizaje automático',
      'facial-recognition/ai-ml/detail':
        'La política dice que la tecnología usa algoritmos evaluados por el NIST. La afirmación del borrador de que el software no usa inteligencia artificial ni aprendizaje automático se eliminó de la política final (resumen de cambios).',
      'facial-recognition/training/value': 'Reconocimiento facial, comparación de imágenes, manejo',
      'facial-recognition/training/detail':
        'Los usuarios reciben capacitación sobre la tecnología de reconocimiento facial, los principios de comparación de imágenes y el manejo de la tecnología y del equipo; el acceso solo se concede tras una capacitación obligatoria. No se indica la frecuencia ni el número de horas.',
      'facial-recognition/audit/value':
        'Revisión del supervisor, inspección del ICO, IAB, auditorías específicas a petición',
      'facial-recognition/audit/detail':
        'El uso debe consultarse con un supervisor; los supervisores inspeccionan las áreas informáticas en cada turno; los oficiales de control de integridad (ICO) supervisan la seguridad informática; el mal uso lo investiga el mando o la Oficina de Asuntos Internos (IAB); se pueden pedir a la Oficina de Tecnología de la Información auditorías específicas de la actividad informática.',
      'thermographic-cameras/data-kept/value': 'Solo los datos del robot de seguridad',
      'thermographic-cameras/data-kept/detail':
        'Las cámaras termográficas de mano y las demás no registran, almacenan ni conservan imágenes de firmas térmicas ni datos de temperatura. El robot de seguridad autónomo (programa piloto de seis meses, adenda del 11 de abril de 2023) sí conserva datos.',
      'thermographic-cameras/retention/value': '30 días (solo el robot de seguridad)',
      'thermographic-cameras/retention/detail':
        'Los datos del robot de seguridad autónomo se conservan treinta días; las demás cámaras no conservan nada. La política también cita el calendario general de conservación de los expedientes de investigación de casos.',
      'thermographic-cameras/ai-ml/value': 'No indicado; se eliminó la negación',
      'thermographic-cameras/ai-ml/detail':
        'La política final no dice nada sobre inteligencia artificial ni aprendizaje automático: se eliminó la afirmación del borrador de que las cámaras no los usan (resumen de cambios).',
      'thermographic-cameras/training/value': 'Capacitación sobre el manejo, a nivel de mando',
      'thermographic-cameras/training/detail':
        'Los usuarios reciben capacitación a nivel de mando sobre el manejo de las cámaras y del equipo. No se indica ningún contenido aparte del manejo, ni la frecuencia ni el número de horas.',
      'thermographic-cameras/audit/value': 'Supervisores; denuncias a la IAB',
      'thermographic-cameras/audit/detail':
        'Los supervisores responsables de una operación deciden sobre el uso y responden del equipo; el uso no autorizado puede denunciarse a la Oficina de Asuntos Internos (IAB). No se describe ninguna auditoría del uso ni de los datos del robot.',
    },
  },
  { es: { date: '2026-12-03', from: 'a69fa9d0dc99' } },
);

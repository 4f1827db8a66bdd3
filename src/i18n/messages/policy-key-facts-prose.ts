/**
 * The question each key fact answers and how it is read (rule or curation),
 * shown on the methodology page and in the JSON download's definitions (the
 * download stays English). English and Spanish; other languages fall back to
 * English with the "not yet translated" notice.
 */
import { defineProse } from '../messages.ts';

const en = {
  'question-data-kept': 'Does the technology record or keep data, and which?',
  'method-data-kept':
    'Curated from the capabilities and retention sections: no wording rule tells apart "records", "processes" and "retains".',
  'question-retention': 'How long is the data kept?',
  'method-retention':
    'Curated from the retention section: the policies cite general records schedules, which a rule cannot tell apart from a period specific to the technology.',
  'question-court-authorization': 'Is court authorization sought before use, and of which type?',
  'method-court-authorization':
    'Rule over the rules section: a sentence saying the NYPD "does not seek court authorization" gives "Not sought"; otherwise a sentence saying a warrant or court order is sought or obtained gives "Sought" and the type named. Neither: "Not stated".',
  'question-recipient-prosecutors': 'May prosecutors receive the data?',
  'method-recipient-prosecutors':
    'Rule over the external-entities section: a sentence naming prosecutors.',
  'question-recipient-law-enforcement': 'May other law enforcement agencies receive the data?',
  'method-recipient-law-enforcement':
    'Rule over the external-entities section: a sentence naming other or partnering law enforcement agencies.',
  'question-recipient-city-agencies': 'May city (or other government) agencies receive the data?',
  'method-recipient-city-agencies':
    'Rule over the external-entities section: a sentence saying data may go "to" or "and" city agencies, or naming government agencies at the local, state or federal level.',
  'question-recipient-vendors': 'May vendors or contractors access the data?',
  'method-recipient-vendors':
    'Rule over the external-entities section: a sentence saying vendors or contractors "may have access" or are "allowed access".',
  'question-recipient-community-media':
    'May community groups or the news media receive information?',
  'method-recipient-community-media':
    'Rule over the external-entities section: a sentence naming community leaders, civic organizations or the news media.',
  'question-immigration-exclusion': 'Does the policy exclude sharing for immigration enforcement?',
  'method-immigration-exclusion':
    'Rule over the whole policy: a sentence saying information is not shared, or access not given, "in furtherance of" / "for purposes of furthering" immigration enforcement.',
  'question-ai-ml':
    'Does the policy say the technology uses artificial intelligence or machine learning?',
  'method-ai-ml':
    'Rule over the whole policy: a sentence naming artificial intelligence or machine learning gives "Mentioned"; otherwise a sentence naming algorithms gives "Algorithms named". Reviewers may curate the value (e.g. when the summary of changes records a removed statement).',
  'question-access-control': 'Who may use the technology or its data, and how is access limited?',
  'method-access-control':
    'Rule over the safeguards and retention sections: a sentence saying access is limited, removed or given on a need-to-know basis.',
  'question-authentication': 'How are users authenticated?',
  'method-authentication':
    'Rule over the whole policy: the authentication methods named (username and password, dual-factor, Active Directory).',
  'question-encryption-transit': 'Is data encrypted in transit?',
  'method-encryption-transit':
    'Rule over the whole policy: a sentence naming encryption together with "in transit", a signal or transmission.',
  'question-encryption-rest': 'Is stored data encrypted?',
  'method-encryption-rest':
    'Rule over the whole policy: a sentence naming encryption together with "at rest".',
  'question-training': 'What training do users receive?',
  'method-training':
    'Curated from the training section: a rule can find the section but not summarise what the training covers.',
  'question-audit': 'How is use audited or overseen?',
  'method-audit': 'Curated from the internal audit and oversight section.',
  'question-health-safety': 'Does the policy report health and safety issues?',
  'method-health-safety':
    'Rule over the health and safety section: "no known health and safety issues" gives "None reported"; any other text gives "Reported".',
};

export default defineProse(
  'policy-key-facts-prose',
  {
    en,
    es: {
      'question-data-kept': '¿La tecnología registra o conserva datos? ¿Cuáles?',
      'method-data-kept':
        'Revisado a mano a partir de las secciones de capacidades y de conservación: ninguna regla de redacción distingue entre «registra», «procesa» y «conserva».',
      'question-retention': '¿Durante cuánto tiempo se conservan los datos?',
      'method-retention':
        'Revisado a mano a partir de la sección de conservación: las políticas citan calendarios generales de conservación de registros, que una regla no puede distinguir de un plazo propio de la tecnología.',
      'question-court-authorization':
        '¿Se solicita autorización judicial antes del uso? ¿De qué tipo?',
      'method-court-authorization':
        'Regla sobre la sección de normas: una oración que diga que el NYPD «does not seek court authorization» (no solicita autorización judicial) da «No se solicita»; si no, una oración que diga que se solicita u obtiene una orden de registro o una orden judicial da «Se solicita» y el tipo indicado. Ninguna de las dos: «No indicado».',
      'question-recipient-prosecutors': '¿Pueden los fiscales recibir los datos?',
      'method-recipient-prosecutors':
        'Regla sobre la sección de entidades externas: una oración que mencione a los fiscales.',
      'question-recipient-law-enforcement':
        '¿Pueden otras agencias de las fuerzas del orden recibir los datos?',
      'method-recipient-law-enforcement':
        'Regla sobre la sección de entidades externas: una oración que mencione otras agencias de las fuerzas del orden o agencias asociadas.',
      'question-recipient-city-agencies':
        '¿Pueden las agencias municipales (u otras agencias gubernamentales) recibir los datos?',
      'method-recipient-city-agencies':
        'Regla sobre la sección de entidades externas: una oración que diga que los datos pueden ir «to» (a) o «and» (y) agencias municipales, o que mencione agencias gubernamentales de nivel local, estatal o federal.',
      'question-recipient-vendors': '¿Pueden los proveedores o contratistas acceder a los datos?',
      'method-recipient-vendors':
        'Regla sobre la sección de entidades externas: una oración que diga que los proveedores o contratistas «may have access» (pueden tener acceso) o tienen «allowed access» (acceso permitido).',
      'question-recipient-community-media':
        '¿Pueden los grupos comunitarios o los medios de comunicación recibir información?',
      'method-recipient-community-media':
        'Regla sobre la sección de entidades externas: una oración que mencione a líderes comunitarios, organizaciones cívicas o medios de comunicación.',
      'question-immigration-exclusion':
        '¿Excluye la política compartir información para la aplicación de las leyes de inmigración?',
      'method-immigration-exclusion':
        'Regla sobre toda la política: una oración que diga que la información no se comparte, o que no se da acceso, «in furtherance of» / «for purposes of furthering» (para favorecer) la aplicación de las leyes de inmigración.',
      'question-ai-ml':
        '¿Dice la política que la tecnología usa inteligencia artificial o aprendizaje automático?',
      'method-ai-ml':
        'Regla sobre toda la política: una oración que mencione inteligencia artificial o aprendizaje automático da «Mencionado»; si no, una oración que mencione algoritmos da «Se mencionan algoritmos». Los revisores pueden fijar el valor a mano (por ejemplo, cuando el resumen de cambios registra una afirmación eliminada).',
      'question-access-control':
        '¿Quién puede usar la tecnología o sus datos, y cómo se limita el acceso?',
      'method-access-control':
        'Regla sobre las secciones de salvaguardias y de conservación: una oración que diga que el acceso está limitado, se retira o se concede según la necesidad de conocer.',
      'question-authentication': '¿Cómo se autentican los usuarios?',
      'method-authentication':
        'Regla sobre toda la política: los métodos de autenticación mencionados (nombre de usuario y contraseña, doble factor, Active Directory).',
      'question-encryption-transit': '¿Se cifran los datos en tránsito?',
      'method-encryption-transit':
        'Regla sobre toda la política: una oración que mencione el cifrado junto con «in transit» (en tránsito), una señal o una transmisión.',
      'question-encryption-rest': '¿Se cifran los datos almacenados?',
      'method-encryption-rest':
        'Regla sobre toda la política: una oración que mencione el cifrado junto con «at rest» (en reposo).',
      'question-training': '¿Qué capacitación reciben los usuarios?',
      'method-training':
        'Revisado a mano a partir de la sección de capacitación: una regla puede encontrar la sección, pero no resumir lo que abarca la capacitación.',
      'question-audit': '¿Cómo se audita o supervisa el uso?',
      'method-audit': 'Revisado a mano a partir de la sección de auditoría interna y supervisión.',
      'question-health-safety': '¿Informa la política sobre problemas de salud y seguridad?',
      'method-health-safety':
        'Regla sobre la sección de salud y seguridad: «no known health and safety issues» (ningún problema conocido de salud y seguridad) da «Ninguno informado»; cualquier otro texto da «Informado».',
    },
  },
  { es: { date: '2026-12-03', from: '47b24df3aeef' } },
);

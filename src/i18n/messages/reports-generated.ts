/**
 * Sentences the report generators write (src/lib/reports/): the detail of
 * each reporting-gap row, why an OIG-NYPD report is listed for a policy, the
 * rule that decides it, and the suggested questions for witnesses. English
 * and Spanish complete; other languages fall back to English (the generators
 * say so with the language of their text). The English must stay as the
 * generators always wrote it: the reports' tests and PDFs rest on it. Rich
 * text as in ./reports.ts: Spanish marks the English it quotes with `<en>`.
 */
import { type Translation, defineProse } from '../messages.ts';

const en = {
  // Reporting gap: the detail of each field (src/lib/reports/gap.ts)
  gapAppliesTo: (description: string | null): string =>
    `Applies to ${description ?? 'other technologies'}.`,
  /** `date` is null when the policy prints neither; `updated` says which date it is. */
  gapIdentification: (
    final: boolean,
    date: { kind: 'updated' | 'posted'; date: string } | null,
    addenda: number,
  ): string =>
    `No yearly report. The policy itself names the technology, is ${final ? 'final' : 'draft'}, ${date ? `prints the date it was ${date.kind} (${date.date})` : 'prints no posted or updated date'} and lists ${addenda === 0 ? 'no addenda' : `${addenda} ${addenda === 1 ? 'addendum' : 'addenda'}`}; it names no responsible unit and no reporting period.`,
  gapUse: (figures: number): string =>
    figures > 0
      ? `No figures from the department. ${figures} figure${figures === 1 ? ' is' : 's are'} reported by news and advocacy sources (see the published figures); they are claims, not official statistics.`
      : 'No figures from the department, and none reported by the sources the portal cites.',
  gapDataSharing: (hasSection: boolean): string =>
    hasSection
      ? 'The policy’s External Entities section says who may receive data; how often data was shared, with whom and under which legal standard is not published.'
      : 'The policy has no External Entities section; how often data was shared, with whom and under which legal standard is not published.',
  gapIntergovernmental:
    'No intergovernmental data-sharing policy is among the documents the portal holds for this technology.',
  gapAudits: (hasSection: boolean): string =>
    hasSection
      ? 'The policy describes audit and oversight mechanisms in its Internal Audit & Oversight section; no audit results, violations or actions taken are published.'
      : 'The policy has no Internal Audit & Oversight section, and no audit results are published.',
  gapBreaches: (privacyOfficer: boolean): string =>
    privacyOfficer
      ? 'The policy says a disclosure that violates the Identifying Information Law is reported to the City’s Chief Privacy Officer, whose quarterly report is not broken down by technology; no breach or unauthorized access is published for this technology.'
      : 'No breach, unauthorized access or disclosure is published for this technology.',
  gapRecordsRequests:
    'No FOIL request is counted per technology in the data the portal holds; agency-wide figures reported by news and advocacy sources are in the citywide annual report.',
  gapPolicyChanges: (changes: number): string =>
    changes > 0
      ? `No requested changes are published. The policy’s summary of changes lists ${changes} changes made between the draft and the final policy.`
      : 'No requested changes are published.',
  /** `substantive` is null when the policy has no Disparate Impacts section. */
  gapEquity: (substantive: boolean | null): string =>
    substantive === null
      ? 'The policy has no Disparate Impacts section, and no analysis with data is published.'
      : `The policy’s Disparate Impacts section is ${substantive ? 'substantive' : 'not substantive'} by the scorecard’s rule; no analysis with data is published.`,
  gapOversight: (reports: number): string =>
    `No tracker from the department. ${reports === 0 ? 'No OIG-NYPD report in the data concerns this technology by the portal’s rule' : `${reports} OIG-NYPD report${reports === 1 ? '' : 's'} (not the NYPD’s) concern${reports === 1 ? 's' : ''} this technology`}; per-recommendation text, response and status are not published.`,
  gapFacialRecognitionAudit:
    'No audit is published. The portal has not read the list of items Local Law 55 of 2025 requires (uncertain), so it cannot say which are missing.',
  /** `section` is the label of the policy section that speaks of the subject, or null. */
  gapDefault: (section: string | null): string =>
    section
      ? `Not published. The policy speaks of the subject in its ${section} section.`
      : 'Not published.',
  /** A field from the dataset: its period, publication date and the law it is withheld under. */
  gapFromDataset: (
    start: string,
    end: string,
    published: string | null,
    withheldUnder: string | null,
  ): string =>
    `For ${start} to ${end}${published ? `, published ${published}` : ''}.${withheldUnder ? ` Withheld under ${withheldUnder}.` : ''}`,
  /** What the technology applies to ("facial recognition only"). */
  appliesFacialRecognition: 'facial recognition only',

  // Why an OIG-NYPD report is listed for a policy (src/lib/reports/oig.ts)
  relationNamed: (technology: string): string => `The finding names ${technology.toLowerCase()}.`,
  relationAll:
    'The finding is about the impact and use policies as a whole: it names no single technology or tool, so it concerns every policy.',
  relationSubject: (subject: string): string => `The report’s subject is ${subject}.`,
  relationTool: (tool: string): string => `The finding names ${tool} among the tools concerned.`,
  relationRelated: (tool: string, phrase: string): string =>
    `The finding names “${tool}” among tools folded into existing policies; this policy describes an “${phrase}”. The data do not say which policy the OIG-NYPD reviewed for it.`,
  /** The rule, in four parts. */
  oigRule1:
    'A report whose title names a subject in parentheses (e.g. “(unmanned aircraft systems)”) concerns the policy of that technology only: its technology name must match the subject.',
  oigRule2:
    'A report whose finding names the tools it is about (“among them …”) concerns a policy whose technology name appears among those tools. When a tool’s name is not a technology name but the longest ending of it of two words or more (e.g. “autonomous security robot” for “the Knightscope K5 autonomous security robot”) appears word for word in a policy’s text or addenda, the report is listed as related to that policy, with the paragraphs where the phrase appears; the data do not say that the report reviewed that policy, and the report says so.',
  oigRule3:
    'A report that names neither a subject nor tools speaks of the impact and use policies as a whole and concerns every policy.',
  oigRule4:
    'Independently of the above, a report whose finding names a technology by its full name concerns that policy.',

  // Suggested questions (src/lib/reports/questions.ts)
  qMissingSection: (technology: string, section: string): string =>
    `The ${technology} policy has no “${section}” section, which NYC Admin. Code § 14-188(a) requires of every impact and use policy. When will the NYPD publish it?`,
  qShortSection: (
    technology: string,
    section: string,
    words: number,
    min: number,
    subject: string,
  ): string =>
    `The “${section}” section of the ${technology} policy has ${words} words (the scorecard asks for at least ${min}). What can the NYPD add about ${subject} for ${technology}?`,
  qBoilerplateSection: (
    technology: string,
    section: string,
    words: number,
    shared: number,
    percent: number,
    specific: number,
    subject: string,
  ): string =>
    `Of the ${words} words of the “${section}” section of the ${technology} policy, ${shared} (${percent}%) are found nearly word for word in another policy, leaving ${specific} specific to it. What is specific to ${technology} about ${subject} that the section does not say?`,
  subjectCapabilities: 'what the technology can do',
  subjectRules: 'the rules for its use',
  subjectSafeguards: 'its safeguards against unauthorized access',
  subjectRetention: 'how long its data is kept, who may access it and how it is used',
  subjectPublicAccess: 'public access to its data',
  subjectExternalEntities: 'which outside entities receive its data',
  subjectTraining: 'the training its users receive',
  subjectAudit: 'how its use is audited and overseen',
  subjectHealthSafety: 'its health and safety effects',
  subjectDisparateImpacts: 'its disparate impacts',
  qCourtAuthorization: (technology: string): string =>
    `Does the NYPD seek court authorization before using ${technology}, and if so of which type (warrant, court order)? The rules section does not say, although NYC Admin. Code § 14-188(a) asks for it.`,
  qEncryption: (technology: string): string =>
    `Is ${technology} data encrypted in transit and at rest? No sentence of the policy names encryption, although NYC Admin. Code § 14-188(a) asks for its safeguards.`,
  qAccessControl: (technology: string): string =>
    `Who may access ${technology} data, and how is access limited and removed? The safeguards and retention sections do not say.`,
  /** `entity` is local, state, federal or private. */
  qEntity: (technology: string, entity: string): string =>
    `Do ${entity} entities have access to ${technology} data, and under which conditions? The External Entities section does not name them, although NYC Admin. Code § 14-188(a) asks whether local, state, federal or private entities do.`,
  qRetention: (technology: string): string =>
    `How long is ${technology} data kept? The retention section states no period.`,
  /** `why` is the scorecard's note, in English. */
  qHealthSafety: (technology: string, why: string): string =>
    `The health and safety section of the ${technology} policy is not substantive by the scorecard’s rule (${why}). On what testing, exposure data or other basis does the NYPD rest what it says there?`,
  qFieldIdentification: (technology: string): string =>
    `Which NYPD unit is responsible for ${technology}, and over which period would a yearly report on it run? The policy names neither.`,
  qFieldUse: (technology: string): string =>
    `How often did the NYPD use ${technology} in the last year, how much data did it collect, and were people not suspected of anything captured?`,
  qFieldDataSharing: (technology: string): string =>
    `How often did the NYPD share ${technology} data outside the department in the last year, with which named recipients, which data, and under which legal standard?`,
  qFieldIntergovernmental: (technology: string): string =>
    `Has the NYPD published the intergovernmental data-sharing policy that NYC Admin. Code § 14-188(h), as amended by Local Law 56 of 2025, requires, and what does it say about ${technology} data and task forces with access?`,
  qFieldDeployment: (technology: string): string =>
    `Where did the NYPD deploy ${technology} in the last year, by precinct or borough?`,
  qFieldComplaints: (technology: string): string =>
    `How many complaints about the NYPD’s use of ${technology} were received in the last year, and what came of them?`,
  qFieldAudits: (technology: string): string =>
    `Which internal audits of ${technology} use were carried out in the last year, what violations did they find, and what action followed?`,
  qFieldBreaches: (technology: string): string =>
    `Were there data breaches, unauthorized access or unauthorized disclosures of ${technology} data in the last year, and were any reported to the City’s Chief Privacy Officer?`,
  qFieldEffectiveness: (technology: string): string =>
    `What evidence does the NYPD have that its use of ${technology} is effective for the purposes its policy names?`,
  qFieldRecordsRequests: (technology: string): string =>
    `How many FOIL requests about ${technology} did the NYPD receive in the last year, and how were they answered?`,
  qFieldCost: (technology: string): string =>
    `What did the NYPD spend on ${technology} in the last year, and from which funding source?`,
  qFieldPolicyChanges: (technology: string): string =>
    `Which changes to the ${technology} policy does the NYPD intend to make or request?`,
  qFieldProducts: (technology: string): string =>
    `Which products, vendors and models does the NYPD use for ${technology}, and what was acquired or discontinued in the last year?`,
  qFieldEquity: (technology: string): string =>
    `Has the NYPD analysed the disparate impact of ${technology} with data, and will it publish the analysis?`,
  qFieldOversight: (technology: string): string =>
    `Will the NYPD publish, for each OIG-NYPD recommendation that concerns ${technology}, its text, whether it goes beyond the statute, the NYPD’s response and its status?`,
  qFieldFacialRecognitionAudit:
    'What does the annual audit of facial recognition under NYC Admin. Code § 14-188.1 (Local Law 55 of 2025) cover, and when will the first one be published?',
  /** `tool` and `phrase` are the report's and the policy's words, in English. */
  qOigRelated: (date: string, tool: string, phrase: string, technology: string): string =>
    `The OIG-NYPD’s ${date} report names “${tool}” among tools folded into existing impact and use policies, and this policy describes an “${phrase}”. Which impact and use policy covers it, and did the OIG-NYPD review the ${technology} policy for it?`,
  /** `made` and `rejected` are the counts as published (English), or null. */
  qOig: (
    date: string,
    title: string,
    source: string,
    finding: string,
    made: string | null,
    rejected: { figure: string; period: string } | null,
    technology: string,
  ): string => {
    const counts = [
      ...(made ? [`it made ${made}`] : []),
      ...(rejected ? [`the NYPD rejected ${rejected.figure} (${rejected.period})`] : []),
    ];
    const countText =
      counts.length > 0 ? ` According to the sources cited, ${counts.join(', and ')}.` : '';
    return `The OIG-NYPD’s ${date} report (“${title}”) found, as ${source} summarises it: “${finding}”${countText} Which of its recommendations bear on the ${technology} policy, what did the NYPD answer to each, and what is their status?`;
  },
};

export type GeneratedMessages = typeof en;

const es: Translation<typeof en> = {
  gapAppliesTo: (description: string | null): string =>
    `Se aplica a ${description ?? 'otras tecnologías'}.`,
  gapIdentification: (
    final: boolean,
    date: { kind: 'updated' | 'posted'; date: string } | null,
    addenda: number,
  ): string =>
    `No hay informe anual. La propia política nombra la tecnología, es ${final ? 'final' : 'un borrador'}, ${date ? `imprime la fecha en que se ${date.kind === 'updated' ? 'actualizó' : 'publicó'} (${date.date})` : 'no imprime fecha de publicación ni de actualización'} y ${addenda === 0 ? 'no enumera ninguna adenda' : `enumera ${addenda} ${addenda === 1 ? 'adenda' : 'adendas'}`}; no nombra ninguna unidad responsable ni ningún periodo de informe.`,
  gapUse: (figures: number): string =>
    figures > 0
      ? `No hay cifras del departamento. ${figures === 1 ? 'Una cifra procede' : `${figures} cifras proceden`} de medios de comunicación y organizaciones de defensa (vea las cifras publicadas); son afirmaciones, no estadísticas oficiales.`
      : 'No hay cifras del departamento, ni las da ninguna de las fuentes que cita el portal.',
  gapDataSharing: (hasSection: boolean): string =>
    hasSection
      ? 'La sección External Entities de la política dice quién puede recibir datos; no se publica con qué frecuencia se compartieron datos, con quién ni según qué criterio legal.'
      : 'La política no tiene sección External Entities; no se publica con qué frecuencia se compartieron datos, con quién ni según qué criterio legal.',
  gapIntergovernmental:
    'Ninguna política de intercambio de datos entre gobiernos figura entre los documentos que el portal tiene sobre esta tecnología.',
  gapAudits: (hasSection: boolean): string =>
    hasSection
      ? 'La política describe mecanismos de auditoría y supervisión en su sección Internal Audit & Oversight; no se publica ningún resultado de auditoría, infracción ni medida tomada.'
      : 'La política no tiene sección Internal Audit & Oversight, y no se publica ningún resultado de auditoría.',
  gapBreaches: (privacyOfficer: boolean): string =>
    privacyOfficer
      ? 'La política dice que una divulgación que infringe la Ley de Información Identificatoria (Identifying Information Law) se comunica al Director de Privacidad de la Ciudad, cuyo informe trimestral no se desglosa por tecnología; no se publica ninguna violación de datos ni acceso no autorizado para esta tecnología.'
      : 'No se publica ninguna violación de datos, acceso ni divulgación no autorizados para esta tecnología.',
  gapRecordsRequests:
    'En los datos del portal no se cuenta ninguna solicitud FOIL por tecnología; las cifras de todo el organismo publicadas por medios de comunicación y organizaciones de defensa están en el informe anual de la ciudad.',
  gapPolicyChanges: (changes: number): string =>
    changes > 0
      ? `No se publica ningún cambio solicitado. El resumen de cambios de la política enumera ${changes} cambios hechos entre el borrador y la política final.`
      : 'No se publica ningún cambio solicitado.',
  gapEquity: (substantive: boolean | null): string =>
    substantive === null
      ? 'La política no tiene sección Disparate Impacts, y no se publica ningún análisis con datos.'
      : `La sección Disparate Impacts de la política ${substantive ? 'es sustantiva' : 'no es sustantiva'} según la regla de la evaluación; no se publica ningún análisis con datos.`,
  gapOversight: (reports: number): string =>
    `No hay seguimiento del departamento. ${reports === 0 ? 'Ningún informe de la OIG-NYPD en los datos se refiere a esta tecnología según la regla del portal' : `${reports} ${reports === 1 ? 'informe de la OIG-NYPD (no del NYPD) se refiere' : 'informes de la OIG-NYPD (no del NYPD) se refieren'} a esta tecnología`}; no se publican el texto, la respuesta ni el estado de cada recomendación.`,
  gapFacialRecognitionAudit:
    'No se publica ninguna auditoría. El portal no ha leído la lista de elementos que exige la Ley Local 55 de 2025 (incierto), así que no puede decir cuáles faltan.',
  gapDefault: (section: string | null): string =>
    section
      ? `No publicado. La política habla del tema en su sección ${section}.`
      : 'No publicado.',
  gapFromDataset: (
    start: string,
    end: string,
    published: string | null,
    withheldUnder: string | null,
  ): string =>
    `Del ${start} al ${end}${published ? `, publicado el ${published}` : ''}.${withheldUnder ? ` Retenido según ${withheldUnder}.` : ''}`,
  appliesFacialRecognition: 'reconocimiento facial solamente',

  relationNamed: (technology: string): string => `La conclusión nombra ${technology}.`,
  relationAll:
    'La conclusión se refiere a las políticas de impacto y uso en su conjunto: no nombra ninguna tecnología ni herramienta concreta, así que se refiere a todas las políticas.',
  relationSubject: (subject: string): string => `El tema del informe es <en>${subject}</en>.`,
  relationTool: (tool: string): string =>
    `La conclusión nombra <en>${tool}</en> entre las herramientas a las que se refiere.`,
  relationRelated: (tool: string, phrase: string): string =>
    `La conclusión nombra “<en>${tool}</en>” entre las herramientas incorporadas a políticas existentes; esta política describe un “<en>${phrase}</en>”. Los datos no dicen qué política revisó la OIG-NYPD para ello.`,
  oigRule1:
    'Un informe cuyo título nombra un tema entre paréntesis (p. ej., “(<en>unmanned aircraft systems</en>)”) se refiere solo a la política de esa tecnología: el nombre de su tecnología debe coincidir con el tema.',
  oigRule2:
    'Un informe cuya conclusión nombra las herramientas a las que se refiere (“<en>among them</en> …”) se refiere a una política cuyo nombre de tecnología aparece entre esas herramientas. Cuando el nombre de una herramienta no es un nombre de tecnología pero su final más largo de dos o más palabras (p. ej., “<en>autonomous security robot</en>” en “<en>the Knightscope K5 autonomous security robot</en>”) aparece textualmente en el texto o las adendas de una política, el informe se incluye como relacionado con esa política, con los párrafos donde aparece la expresión; los datos no dicen que el informe haya revisado esa política, y el dosier lo indica.',
  oigRule3:
    'Un informe que no nombra ni un tema ni herramientas habla de las políticas de impacto y uso en su conjunto y se refiere a todas las políticas.',
  oigRule4:
    'Con independencia de lo anterior, un informe cuya conclusión nombra una tecnología por su nombre completo se refiere a esa política.',

  qMissingSection: (technology: string, section: string): string =>
    `La política ${technology} no tiene sección “${section}”, que el Código Administrativo de NYC § 14-188(a) exige en toda política de impacto y uso. ¿Cuándo la publicará el NYPD?`,
  qShortSection: (
    technology: string,
    section: string,
    words: number,
    min: number,
    subject: string,
  ): string =>
    `La sección “${section}” de la política ${technology} tiene ${words} palabras (la evaluación pide al menos ${min}). ¿Qué puede añadir el NYPD sobre ${subject} en el caso de ${technology}?`,
  qBoilerplateSection: (
    technology: string,
    section: string,
    words: number,
    shared: number,
    percent: number,
    specific: number,
    subject: string,
  ): string =>
    `De las ${words} palabras de la sección “${section}” de la política ${technology}, ${shared} (${percent}\u00a0%) aparecen casi textualmente en otra política, y quedan ${specific} propias de ella. ¿Qué es específico de ${technology} en cuanto a ${subject} que la sección no dice?`,
  subjectCapabilities: 'lo que puede hacer la tecnología',
  subjectRules: 'las reglas para su uso',
  subjectSafeguards: 'sus salvaguardas contra el acceso no autorizado',
  subjectRetention:
    'cuánto tiempo se conservan sus datos, quién puede acceder a ellos y cómo se usan',
  subjectPublicAccess: 'el acceso público a sus datos',
  subjectExternalEntities: 'qué entidades externas reciben sus datos',
  subjectTraining: 'la capacitación que reciben sus usuarios',
  subjectAudit: 'cómo se audita y supervisa su uso',
  subjectHealthSafety: 'sus efectos sobre la salud y la seguridad',
  subjectDisparateImpacts: 'sus impactos desiguales',
  qCourtAuthorization: (technology: string): string =>
    `¿Solicita el NYPD autorización judicial antes de usar ${technology} y, de ser así, de qué tipo (orden de registro, orden judicial)? La sección de reglas no lo dice, aunque el Código Administrativo de NYC § 14-188(a) lo pide.`,
  qEncryption: (technology: string): string =>
    `¿Se cifran los datos de ${technology} en tránsito y en reposo? Ninguna frase de la política menciona el cifrado, aunque el Código Administrativo de NYC § 14-188(a) pide sus salvaguardas.`,
  qAccessControl: (technology: string): string =>
    `¿Quién puede acceder a los datos de ${technology}, y cómo se limita y se retira el acceso? Las secciones de salvaguardas y de conservación no lo dicen.`,
  qEntity: (technology: string, entity: string): string =>
    `¿Tienen acceso a los datos de ${technology} entidades ${{ local: 'locales', state: 'estatales', federal: 'federales', private: 'privadas' }[entity] ?? `<en>${entity}</en>`}, y en qué condiciones? La sección External Entities no las nombra, aunque el Código Administrativo de NYC § 14-188(a) pregunta si las tienen entidades locales, estatales, federales o privadas.`,
  qRetention: (technology: string): string =>
    `¿Cuánto tiempo se conservan los datos de ${technology}? La sección de conservación no indica ningún plazo.`,
  qHealthSafety: (technology: string, why: string): string =>
    `La sección de salud y seguridad de la política ${technology} no es sustantiva según la regla de la evaluación (<en>${why}</en>). ¿En qué pruebas, datos de exposición u otra base apoya el NYPD lo que dice allí?`,
  qFieldIdentification: (technology: string): string =>
    `¿Qué unidad del NYPD es responsable de ${technology}, y qué periodo abarcaría un informe anual sobre ella? La política no nombra ni lo uno ni lo otro.`,
  qFieldUse: (technology: string): string =>
    `¿Con qué frecuencia usó el NYPD ${technology} el último año, cuántos datos recogió y se captaron personas no sospechosas de nada?`,
  qFieldDataSharing: (technology: string): string =>
    `¿Con qué frecuencia compartió el NYPD datos de ${technology} fuera del departamento el último año, con qué destinatarios nombrados, qué datos y según qué criterio legal?`,
  qFieldIntergovernmental: (technology: string): string =>
    `¿Ha publicado el NYPD la política de intercambio de datos entre gobiernos que exige el Código Administrativo de NYC § 14-188(h), reformado por la Ley Local 56 de 2025, y qué dice sobre los datos de ${technology} y los grupos de trabajo con acceso?`,
  qFieldDeployment: (technology: string): string =>
    `¿Dónde desplegó el NYPD ${technology} el último año, por precinto o distrito?`,
  qFieldComplaints: (technology: string): string =>
    `¿Cuántas quejas sobre el uso de ${technology} por el NYPD se recibieron el último año, y qué resultó de ellas?`,
  qFieldAudits: (technology: string): string =>
    `¿Qué auditorías internas del uso de ${technology} se hicieron el último año, qué infracciones hallaron y qué medidas siguieron?`,
  qFieldBreaches: (technology: string): string =>
    `¿Hubo violaciones de datos, accesos o divulgaciones no autorizados de datos de ${technology} el último año, y se comunicó alguno al Director de Privacidad de la Ciudad?`,
  qFieldEffectiveness: (technology: string): string =>
    `¿Qué pruebas tiene el NYPD de que su uso de ${technology} es eficaz para los fines que nombra su política?`,
  qFieldRecordsRequests: (technology: string): string =>
    `¿Cuántas solicitudes FOIL sobre ${technology} recibió el NYPD el último año, y cómo se respondieron?`,
  qFieldCost: (technology: string): string =>
    `¿Cuánto gastó el NYPD en ${technology} el último año, y con qué fuente de financiación?`,
  qFieldPolicyChanges: (technology: string): string =>
    `¿Qué cambios a la política ${technology} tiene previsto hacer o solicitar el NYPD?`,
  qFieldProducts: (technology: string): string =>
    `¿Qué productos, proveedores y modelos usa el NYPD para ${technology}, y qué se adquirió o se retiró el último año?`,
  qFieldEquity: (technology: string): string =>
    `¿Ha analizado el NYPD con datos el impacto desigual de ${technology}, y publicará el análisis?`,
  qFieldOversight: (technology: string): string =>
    `¿Publicará el NYPD, para cada recomendación de la OIG-NYPD que se refiere a ${technology}, su texto, si va más allá de la ley, la respuesta del NYPD y su estado?`,
  qFieldFacialRecognitionAudit:
    '¿Qué abarca la auditoría anual del reconocimiento facial según el Código Administrativo de NYC § 14-188.1 (Ley Local 55 de 2025), y cuándo se publicará la primera?',
  qOigRelated: (date: string, tool: string, phrase: string, technology: string): string =>
    `El informe de la OIG-NYPD del ${date} nombra “<en>${tool}</en>” entre las herramientas incorporadas a políticas de impacto y uso existentes, y esta política describe un “<en>${phrase}</en>”. ¿Qué política de impacto y uso lo abarca, y revisó la OIG-NYPD la política ${technology} para ello?`,
  qOig: (
    date: string,
    title: string,
    source: string,
    finding: string,
    made: string | null,
    rejected: { figure: string; period: string } | null,
    technology: string,
  ): string => {
    const counts = [
      ...(made ? [`formuló <en>${made}</en>`] : []),
      ...(rejected
        ? [`el NYPD rechazó <en>${rejected.figure}</en> (<en>${rejected.period}</en>)`]
        : []),
    ];
    const countText =
      counts.length > 0 ? ` Según las fuentes citadas, ${counts.join(', y ')}.` : '';
    return `El informe de la OIG-NYPD del ${date} (“<en>${title}</en>”) concluyó, según lo resume <en>${source}</en>: “<en>${finding}</en>”${countText} ¿Cuáles de sus recomendaciones afectan a la política ${technology}, qué respondió el NYPD a cada una y cuál es su estado?`;
  },
};

export default defineProse(
  'reports-generated',
  { en, es },
  { es: { date: '2026-12-03', from: 'b39c283ed65e' } },
);

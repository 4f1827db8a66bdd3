/**
 * The scorecard's longer texts: each criterion's rule and the part of the law
 * it comes from, the reason given for each result, and the pages' ledes.
 * English and Spanish; other languages fall back to English with the "not
 * yet translated" notice. Numbers reach these functions already written for
 * the language (src/lib/oversight/scorecard.ts).
 */
import { defineProse } from '../messages.ts';

const en = {
  lawRules: '(rules, processes and guidelines)',
  lawSafeguards: '(safeguards and security measures)',
  lawExternal: '(external entities)',
  lawRetention: '(retention, access and use of the data)',
  lawHealth: '(health and safety reporting)',
  ruleSection: (heading: string, min: string, minSpecific: string, share: string) =>
    `Present: the policy has a section headed “${heading}” with at least one paragraph. Substantive: it has at least ${min} words, of which at least ${minSpecific} and at least ${share} are specific to the policy, i.e. not shared nearly verbatim with another policy (see the boilerplate method).`,
  ruleCourt:
    'Passes when the rules section says court authorization is not sought, or names the authorization sought (warrant, court order). A statement that it is not sought answers the question.',
  ruleEncryption: 'Passes when any sentence names encryption of the data (in transit or at rest).',
  ruleAccess:
    'Passes when the safeguards or retention section says who has access and that it is limited, removed or restricted (or follows least privilege).',
  rulePrivate:
    'Passes when the external-entities section names vendors, contractors or private entities.',
  ruleLocal:
    'Passes when a sentence of the external-entities section names local agencies or entities (for “local”, also data given to city agencies).',
  ruleState:
    'Passes when a sentence of the external-entities section names state agencies or entities (for “local”, also data given to city agencies).',
  ruleFederal:
    'Passes when a sentence of the external-entities section names federal agencies or entities (for “local”, also data given to city agencies).',
  ruleRetention:
    'Passes when the retention section states a period (a number of days, months or years) or says records are kept permanently. Periods quoted from a general records schedule count, but the key facts say which.',
  ruleHealth: (min: string, minSpecific: string, share: string) =>
    `Passes when the health and safety section is substantive (as for every section: ${min}+ words, ${minSpecific}+ and ${share}+ specific to the policy). A bare “There are no known health and safety issues” answers the question but gives no basis (no testing, exposure or source named), so it does not pass.`,
  missingSection: 'Missing: the policy has no such section.',
  substantive: (words: string, specific: string, pct: string) =>
    `Substantive: ${words} words, ${specific} (${pct}) specific to this policy.`,
  notSubstantive: (label: string, why: string) => `${label}: ${why}`,
  whyShort: (words: string, min: string, minSpecific: string) =>
    `${words} words; a section needs at least ${min} words, ${minSpecific} of them not shared with other policies.`,
  whyFewSpecific: (words: string, specific: string, minSpecific: string) =>
    `${words} words, but only ${specific} not shared with other policies; a section needs at least ${minSpecific} words of its own.`,
  whyLowShare: (words: string, specific: string, pct: string, share: string) =>
    `${words} words, but only ${specific} (${pct}) not shared with other policies; at least ${share} of a section's words must be its own.`,
  courtStated: (value: string) => `${value}.`,
  courtNotFound: 'Not found in the rules section.',
  encryptionYes: 'Encryption is described.',
  encryptionNo: 'No sentence names encryption.',
  accessYes: 'Access limits are described.',
  accessNo: 'Not found.',
  entityYes: 'Named in the external-entities section.',
  entityNo: 'Not named in the external-entities section.',
  retentionYes: 'A retention period is stated.',
  retentionNo: 'No retention period is stated in the retention section.',
  healthThin: (why: string) => `Answered without substance: ${why}`,
  healthMissing: 'Not found: the policy has no health and safety section.',
  description:
    'Does each NYPD Impact and Use Policy have every section the POST Act requires, in substance, and answer the law’s specific questions? Pass or fail with the evidence paragraph.',
  slugDescription: (technology: string, score: string) =>
    `Completeness scorecard of the NYPD's ${technology} Impact and Use Policy: ${score} criteria met, each with its evidence paragraph.`,
  /** HTML; `href` is the methodology section's address. */
  lede: (criteria: string, asks: string, href: string) =>
    `The POST Act (NYC Admin. Code § 14-188) lists what an impact and use policy must cover. Each policy is scored on ${criteria} criteria: each of the ten sections present and substantive, and ${asks} specific questions the law asks. Every result links to the paragraph that shows it, or says “not found”. The rules are on the <a href="${href}">methodology page</a>.`,
  caveat:
    'A scorecard measures whether a policy addresses what the law asks, by documented text rules; it does not judge whether the practices described are adequate. “Substantive” compares each section with the other imported policies, so results can change as more policies are imported.',
};

export default defineProse(
  'policy-scorecard-prose',
  {
    en,
    es: {
      lawRules: '(normas, procesos y directrices)',
      lawSafeguards: '(salvaguardias y medidas de seguridad)',
      lawExternal: '(entidades externas)',
      lawRetention: '(conservación, acceso y uso de los datos)',
      lawHealth: '(informes sobre salud y seguridad)',
      ruleSection: (heading: string, min: string, minSpecific: string, share: string) =>
        `Presente: la política tiene una sección titulada «${heading}» con al menos un párrafo. Con contenido sustancial: tiene al menos ${min} palabras, de las cuales al menos ${minSpecific}, y al menos el ${share}, son propias de la política, es decir, no se comparten casi textualmente con otra política (véase el método de los textos repetidos).`,
      ruleCourt:
        'Cumple cuando la sección de normas dice que no se solicita autorización judicial, o nombra la autorización que se solicita (orden de registro, orden judicial). Decir que no se solicita responde a la pregunta.',
      ruleEncryption:
        'Cumple cuando alguna oración menciona el cifrado de los datos (en tránsito o en reposo).',
      ruleAccess:
        'Cumple cuando la sección de salvaguardias o la de conservación dice quién tiene acceso y que ese acceso está limitado, se retira o se restringe (o sigue el principio de mínimo privilegio).',
      rulePrivate:
        'Cumple cuando la sección de entidades externas menciona proveedores, contratistas o entidades privadas.',
      ruleLocal:
        'Cumple cuando una oración de la sección de entidades externas menciona agencias o entidades locales (para «local», también los datos entregados a agencias municipales).',
      ruleState:
        'Cumple cuando una oración de la sección de entidades externas menciona agencias o entidades estatales (para «local», también los datos entregados a agencias municipales).',
      ruleFederal:
        'Cumple cuando una oración de la sección de entidades externas menciona agencias o entidades federales (para «local», también los datos entregados a agencias municipales).',
      ruleRetention:
        'Cumple cuando la sección de conservación indica un plazo (un número de días, meses o años) o dice que los registros se conservan de forma permanente. Cuentan los plazos citados de un calendario general de conservación de registros, pero los datos clave dicen cuáles son.',
      ruleHealth: (min: string, minSpecific: string, share: string) =>
        `Cumple cuando la sección de salud y seguridad tiene contenido sustancial (como para toda sección: ${min} palabras o más, de ellas ${minSpecific} o más, y el ${share} o más, propias de la política). Un simple «There are no known health and safety issues» (no hay problemas conocidos de salud y seguridad) responde a la pregunta pero no da ningún fundamento (no menciona pruebas, exposición ni fuentes), así que no cumple.`,
      missingSection: 'Falta: la política no tiene esa sección.',
      substantive: (words: string, specific: string, pct: string) =>
        `Con contenido sustancial: ${words} palabras, ${specific} (${pct}) propias de esta política.`,
      notSubstantive: (label: string, why: string) => `${label}: ${why}`,
      whyShort: (words: string, min: string, minSpecific: string) =>
        `${words} palabras; una sección necesita al menos ${min} palabras, ${minSpecific} de ellas no compartidas con otras políticas.`,
      whyFewSpecific: (words: string, specific: string, minSpecific: string) =>
        `${words} palabras, pero solo ${specific} no compartidas con otras políticas; una sección necesita al menos ${minSpecific} palabras propias.`,
      whyLowShare: (words: string, specific: string, pct: string, share: string) =>
        `${words} palabras, pero solo ${specific} (${pct}) no compartidas con otras políticas; al menos el ${share} de las palabras de una sección deben ser propias.`,
      courtStated: (value: string) => `${value}.`,
      courtNotFound: 'No se encontró en la sección de normas.',
      encryptionYes: 'Se describe el cifrado.',
      encryptionNo: 'Ninguna oración menciona el cifrado.',
      accessYes: 'Se describen los límites de acceso.',
      accessNo: 'No se encontró.',
      entityYes: 'Se mencionan en la sección de entidades externas.',
      entityNo: 'No se mencionan en la sección de entidades externas.',
      retentionYes: 'Se indica un plazo de conservación.',
      retentionNo: 'La sección de conservación no indica ningún plazo de conservación.',
      healthThin: (why: string) => `Respondido sin contenido sustancial: ${why}`,
      healthMissing: 'No se encontró: la política no tiene sección de salud y seguridad.',
      description:
        '¿Tiene cada Política de Impacto y Uso del NYPD, con contenido sustancial, todas las secciones que exige la Ley POST, y responde a las preguntas concretas de la ley? Cumple o no cumple, con el párrafo que lo prueba.',
      slugDescription: (technology: string, score: string) =>
        `Evaluación de exhaustividad de la Política de Impacto y Uso del NYPD sobre ${technology}: ${score} criterios cumplidos, cada uno con el párrafo que lo prueba.`,
      lede: (criteria: string, asks: string, href: string) =>
        `La Ley POST (Código Administrativo de NYC § 14-188) enumera lo que debe abarcar una política de impacto y uso. Cada política se evalúa con ${criteria} criterios: que cada una de las diez secciones exista y tenga contenido sustancial, y ${asks} preguntas concretas que plantea la ley. Cada resultado enlaza con el párrafo que lo demuestra o dice «no encontrado». Las reglas están en la <a href="${href}">página de metodología</a>.`,
      caveat:
        'La evaluación mide si una política trata lo que pide la ley, mediante reglas documentadas sobre el texto; no juzga si las prácticas descritas son adecuadas. «Con contenido sustancial» compara cada sección con las demás políticas importadas, así que los resultados pueden cambiar a medida que se importen más políticas.',
    },
  },
  { es: { date: '2026-12-03', from: 'aad1fb1cb719' } },
);

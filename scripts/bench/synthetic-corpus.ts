/**
 * A seeded synthetic corpus of Impact and Use Policies for the search
 * benchmark (`npm run bench:search`). Never published: the benchmark
 * writes it to a temporary folder. The structure follows the real policies
 * (abstract plus the ten statutory sections, `## <HEADING> {#<key>}`,
 * paragraphs and numbered lists, 2,500 to 5,500 words); the words are drawn
 * from a fixed policy vocabulary plus a Zipf-distributed long tail so that
 * the index holds a realistic number of distinct terms.
 */
import { SECTIONS, type SectionKey } from '../../src/schemas/sections.ts';
import { mulberry32 } from './random.ts';

const FUNCTION_WORDS =
  `the of and to a in or is that for by be as with are on any this may not`.split(' ');

const DOMAIN =
  `NYPD data technology information use department personnel access police investigation policy
law enforcement records used members authorized system public must only within purpose
retention retained storage stored destroyed disposal case criminal court agency agencies
oversight audit supervisors supervisor training trained review reviewed request requests
subpoena warrant order lawful legitimate safety security unauthorized protect protected
privacy individuals individual persons person identity identification images image video
recordings recording camera cameras sensor sensors device devices vendor vendors contract
federal state local city New York Administrative Code section sections policies procedures
guidelines rules processes capabilities external entities health reporting disparate impacts
impact compliance violation violations discipline disciplinary misconduct complaint
investigators investigator analysis analyst analysts results result match candidates
operators operator deployment deployed commanding officer approval approved executive
bureau unit units patrol detective detectives prosecutors district attorney shared sharing
share disclose disclosure Freedom Information Law FOIL requests exemptions confidential
evidence evidentiary chain custody logs logged logging credentials passwords encrypted
encryption network servers database databases software hardware maintenance updates
accuracy accurate testing tested evaluated evaluation bias race religion gender national
origin sexual orientation disability immigration status community communities neighborhood
emergency exigent circumstances missing persons victims witnesses suspects arrest arrested
photographs photograph repository gallery biometric thermal temperature heat drone aircraft
license plate reader readers social media monitoring tools analytics cell site simulator
gunshot detection audio acoustic mobile fixed vehicle vehicles facility facilities
period days months years schedule archives retention schedule archival purge purged`
    .split(/\s+/)
    .filter(Boolean);

const TOPIC: Readonly<Record<SectionKey | 'abstract', string[]>> = {
  abstract: ['technology', 'NYPD', 'public', 'safety', 'policy'],
  capabilities: ['capabilities', 'capable', 'detect', 'images', 'sensor', 'software'],
  rules: ['authorized', 'prohibited', 'approval', 'supervisor', 'use', 'investigation'],
  safeguards: ['security', 'unauthorized', 'access', 'credentials', 'encrypted', 'audit'],
  retention: ['retention', 'retained', 'records', 'destroyed', 'schedule', 'archives'],
  'public-access': ['public', 'FOIL', 'request', 'disclosure', 'exemptions'],
  'external-entities': ['external', 'entities', 'agencies', 'vendor', 'shared', 'subpoena'],
  training: ['training', 'trained', 'instruction', 'course', 'certified'],
  audit: ['audit', 'oversight', 'inspection', 'supervisors', 'misconduct'],
  'health-safety': ['health', 'safety', 'risks', 'hazards'],
  'disparate-impacts': ['disparate', 'impacts', 'bias', 'race', 'religion', 'equitable'],
};

const TECH_A = `Mobile Fixed Portable Aerial Acoustic Thermal Covert Networked Automated Handheld
Vehicle-Mounted Remote Digital Wireless Wearable Predictive Forensic Infrared Biometric Video`.split(
  /\s+/,
);
const TECH_B = `Cameras Sensors Readers Analytics Recorders Scanners Detectors Trackers Platforms
Databases Imagers Monitors Locators Systems Tools Drones Towers Kiosks Software Microphones`.split(
  /\s+/,
);

/** Options of the generator. */
export interface CorpusOptions {
  seed: number;
  policies: number;
  /** Size of the long tail of rarer terms. */
  tailWords?: number;
}

/** One synthetic policy: its slug, technology, dates, status and Markdown body. */
export interface SyntheticPolicy {
  slug: string;
  technology: string;
  status: 'draft' | 'final';
  updated: string;
  body: string;
  /** Statutory sections left out of this policy (as some real drafts do). */
  missing: SectionKey[];
  /** Paragraph count per statutory section (0 when missing). */
  paragraphs: Record<SectionKey, number>;
  words: number;
}

const RANGE: Readonly<Record<SectionKey | 'abstract', [number, number]>> = {
  abstract: [2, 4],
  capabilities: [3, 10],
  rules: [6, 24],
  safeguards: [2, 8],
  retention: [2, 9],
  'public-access': [1, 3],
  'external-entities': [3, 12],
  training: [1, 3],
  audit: [1, 5],
  'health-safety': [1, 2],
  'disparate-impacts': [1, 4],
};

function tailVocabulary(rand: () => number, n: number): string[] {
  const onsets = [
    'b',
    'c',
    'd',
    'f',
    'g',
    'l',
    'm',
    'n',
    'p',
    'r',
    's',
    't',
    'v',
    'pr',
    'st',
    'tr',
    'cl',
  ];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ia', 'ea', 'ou'];
  const codas = ['', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'tion', 'ment', 'ing', 'ed'];
  const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)] as string;
  const words = new Set<string>();
  while (words.size < n) {
    const syllables = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(onsets) + pick(vowels);
    words.add(w + pick(codas));
  }
  return [...words];
}

/** Draws words with Zipf frequencies: the first word most often, the last rarely. */
function zipfSampler(words: readonly string[], rand: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) {
    total += 1 / r ** 1.1;
    cumulative.push(total);
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

/** Generates the corpus: the same options always give the same policies. */
export function syntheticCorpus(options: CorpusOptions): SyntheticPolicy[] {
  const rand = mulberry32(options.seed);
  const tail = tailVocabulary(rand, options.tailWords ?? 6000);
  const tailWord = zipfSampler(tail, rand);
  // Section topic words appear in their own sections only, as in the real policies.
  const topical = new Set(Object.values(TOPIC).flat());
  const domain = DOMAIN.filter((w) => !topical.has(w) && !FUNCTION_WORDS.includes(w));
  for (let i = domain.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [domain[i], domain[j]] = [domain[j] as string, domain[i] as string];
  }
  const domainWord = zipfSampler(domain, rand);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;

  const sentence = (topic: string[], technology: string) => {
    const n = int(10, 32);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.07) words.push(pick(topic));
      else if (r < 0.09) words.push(technology.toLowerCase());
      else if (r < 0.49) words.push(pick(FUNCTION_WORDS));
      else if (r < 0.79) words.push(domainWord());
      else words.push(tailWord());
    }
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };

  const technologies = new Set<string>();
  const out: SyntheticPolicy[] = [];
  for (let i = 1; i <= options.policies; i++) {
    let technology = `${pick(TECH_A)} ${pick(TECH_B)}`;
    if (technologies.has(technology)) technology = `${technology} ${i}`;
    technologies.add(technology);
    const slug = `synthetic-${String(i).padStart(3, '0')}`;
    const blocks: string[] = [];
    let words = 0;
    const paragraphs = {} as Record<SectionKey, number>;
    const missing: SectionKey[] = [];
    const write = (key: SectionKey | 'abstract', heading: string): number => {
      const [min, max] = RANGE[key];
      const count = int(min, max);
      blocks.push(`## ${heading} {#${key}}`);
      let afterList = false;
      for (let p = 0; p < count; p++) {
        // Two lists in a row would be read as one list: a paragraph always separates them.
        const list: boolean = !afterList && rand() < 0.2;
        afterList = list;
        if (list) {
          const items = int(2, 7);
          const lines: string[] = [];
          for (let it = 1; it <= items; it++) {
            const s = sentence(TOPIC[key], technology);
            words += s.split(' ').length;
            lines.push(`${it}. ${s}`);
          }
          blocks.push(lines.join('\n'));
        } else {
          const sentences: string[] = [];
          for (let s = int(1, 5); s > 0; s--) sentences.push(sentence(TOPIC[key], technology));
          const text = sentences.join(' ');
          words += text.split(' ').length;
          blocks.push(text);
        }
      }
      return count;
    };
    write('abstract', 'ABSTRACT');
    for (const s of SECTIONS) {
      if (s.key !== 'capabilities' && s.key !== 'rules' && rand() < 0.04) {
        missing.push(s.key);
        paragraphs[s.key] = 0;
        continue;
      }
      paragraphs[s.key] = write(s.key, s.heading);
    }
    const month = String(int(1, 12)).padStart(2, '0');
    const day = String(int(1, 28)).padStart(2, '0');
    out.push({
      slug,
      technology,
      status: rand() < 0.85 ? 'final' : 'draft',
      updated: `${int(2021, 2025)}-${month}-${day}`,
      body: blocks.join('\n\n') + '\n',
      missing,
      paragraphs,
      words,
    });
  }
  return out;
}

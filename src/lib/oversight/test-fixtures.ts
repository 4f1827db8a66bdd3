/**
 * Small synthetic policies with known overlap, for unit tests only (never
 * published). Word counts are given beside each passage so the expected
 * figures in the tests can be checked by hand.
 */
import { parsePolicyBody } from '../policy/body.ts';
import type { PolicyText } from './boilerplate.ts';

/** Policy A: 53 words, 26 of them shared with B. */
export const ALPHA_MD = `## ABSTRACT {#abstract}

Alpha widgets see heat in the dark for officers.

## SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS {#safeguards}

Alpha widgets are kept in locked rooms. All data within department systems are encrypted both in transit and at rest.[^1]

## EXTERNAL ENTITIES {#external-entities}

Disclosure is allowed only if:

1. the person to whom the information pertains has agreed in writing to it; or
2. alpha widget footage is needed.
`;

/** Policy B: 44 words, 26 of them shared with A; the shared sentence is split over two paragraphs. */
export const BETA_MD = `## ABSTRACT {#abstract}

Beta drones fly above the city at night.

## SAFEGUARDS & SECURITY MEASURES AGAINST UNAUTHORIZED ACCESS {#safeguards}

All data within department systems are encrypted both in transit

and at rest. Beta drones are parked at the base.

## EXTERNAL ENTITIES {#external-entities}

Disclosure happens when the person to whom the information pertains has agreed in writing to it.
`;

/** Policy C: shares nothing with A or B, and repeats one sentence of its own. */
export const GAMMA_MD = `## ABSTRACT {#abstract}

Gamma sensors count bicycles crossing seven bridges every single morning.

Gamma sensors count bicycles crossing seven bridges every single morning.
`;

/** Parses a fixture into the oversight views' input shape. */
export function fixturePolicy(slug: string, technology: string, markdown: string): PolicyText {
  return { slug, technology, sections: parsePolicyBody(markdown) };
}

/** The three fixture policies A, B, C. */
export function fixturePolicies(): PolicyText[] {
  return [
    fixturePolicy('alpha', 'Alpha Widgets', ALPHA_MD),
    fixturePolicy('beta', 'Beta Drones', BETA_MD),
    fixturePolicy('gamma', 'Gamma Sensors', GAMMA_MD),
  ];
}

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PolicySchema, PublicationSchema } from './schemas/policy.ts';
import { StatsFileSchema } from './schemas/stats.ts';
import { KeyFactsFileSchema } from './schemas/oversight.ts';
import { LegalFactSchema, RecordMapSchema } from './schemas/foil.ts';

/**
 * Imported policies: written by `npm run import`, one `<slug>.md` per technology.
 * PP_POLICIES_DIR points the build at another folder (test fixtures only).
 */
const policies = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.PP_POLICIES_DIR ?? './content/policies' }),
  schema: PolicySchema,
});

/**
 * Curated publication facts per policy: `data/policies/<slug>/publication.json`
 * (the day the policy entered the portal). The entry id is the policy slug.
 */
const publications = defineCollection({
  loader: glob({
    pattern: '*/publication.json',
    base: process.env.PP_PUBLICATIONS_DIR ?? './data/policies',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: PublicationSchema,
});

/**
 * Curated key facts (oversight views): `data/oversight/key-facts/<slug>.json`, one per policy.
 * PP_KEY_FACTS_DIR points the build at another folder (test fixtures only).
 */
const keyFacts = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: process.env.PP_KEY_FACTS_DIR ?? './data/oversight/key-facts',
  }),
  schema: KeyFactsFileSchema,
});

/**
 * FOIL record maps: `content/foil/<slug>.json`, one per policy, each entry citing
 * paragraph ids of that policy (checked at build time by `resolveCitations`).
 * PP_FOIL_DIR points the build at another folder (test fixtures only).
 */
const foilMaps = defineCollection({
  loader: glob({ pattern: '*.json', base: process.env.PP_FOIL_DIR ?? './content/foil' }),
  schema: RecordMapSchema,
});

/** FOIL legal facts with their citations and verification dates: `data/foil/legal-facts.json`. */
const legalFacts = defineCollection({
  loader: file('data/foil/legal-facts.json'),
  schema: LegalFactSchema,
});

/**
 * Statistics: written by `npm run aggregate`, one `<dataset>.json` per declared dataset.
 * PP_STATS_DIR points the build at another folder (test fixtures only).
 */
const stats = defineCollection({
  loader: glob({ pattern: '*.json', base: process.env.PP_STATS_DIR ?? './content/stats' }),
  schema: StatsFileSchema,
});

export const collections = { policies, publications, keyFacts, foilMaps, legalFacts, stats };

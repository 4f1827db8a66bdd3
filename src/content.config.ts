import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PolicySchema } from './schemas/policy.ts';

/**
 * Imported policies: written by `npm run import`, one `<slug>.md` per technology.
 * PP_POLICIES_DIR points the build at another folder (test fixtures only).
 */
const policies = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.PP_POLICIES_DIR ?? './content/policies' }),
  schema: PolicySchema,
});

export const collections = { policies };

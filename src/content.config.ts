import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PolicySchema } from './schemas/policy.ts';

/** Imported policies: written by `npm run import`, one `<slug>.md` per technology. */
const policies = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/policies' }),
  schema: PolicySchema,
});

export const collections = { policies };

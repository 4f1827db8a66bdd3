/**
 * Builds the Pagefind search index over the built site (default dist/, or
 * PP_OUT_DIR) and fails on any error Pagefind reports.
 *
 * Usage: npm run index
 */
import * as pagefind from 'pagefind';

const site = process.env.PP_OUT_DIR ?? 'dist';

const { index, errors } = await pagefind.createIndex({});
if (!index) {
  console.error(`pagefind: could not create an index: ${errors.join('; ')}`);
  process.exit(1);
}
const added = await index.addDirectory({ path: site });
if (added.errors.length) {
  console.error(`pagefind: errors while indexing ${site}/:\n${added.errors.join('\n')}`);
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) {
  console.error(`pagefind: could not write ${site}/pagefind: ${written.errors.join('; ')}`);
  process.exit(1);
}
await pagefind.close();
console.log(`pagefind: indexed ${added.page_count} pages into ${site}/pagefind/`);

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { SITE_DIR } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for this run, e.g. http://127.0.0.1:40123 */
    baseURL: string;
  }
}

/** Builds the site when it is missing, serves it on 127.0.0.1 and provides its URL. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
    console.log(`e2e: ${SITE_DIR} has no built site; running npm run build`);
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  }
  const { url, server } = await serveStatic(SITE_DIR);
  project.provide('baseURL', url);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

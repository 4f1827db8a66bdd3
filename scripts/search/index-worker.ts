/**
 * Worker thread of scripts/index-search.ts: indexes the one language it is
 * given (workerData, a LanguageJob), posts `{ ok, result | message }` and
 * closes its Pagefind service.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { type LanguageJob, type LanguageResult, indexLanguage } from './index-language.ts';

/** The message a worker posts when it is done. */
export type WorkerReply = { ok: true; result: LanguageResult } | { ok: false; message: string };

let reply: WorkerReply;
try {
  reply = { ok: true, result: await indexLanguage(workerData as LanguageJob) };
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
} finally {
  await pagefind.close();
}
parentPort?.postMessage(reply);

/**
 * Fingerprint of the English a translation is made from: 12 hex digits of
 * the SHA-256 of the English messages (strings as they are, functions by
 * their source text without whitespace). A translation records
 * the fingerprint it was made from; when the English changes, the
 * fingerprints differ and `npm run i18n:check` names the translation to
 * review. Build-time only (node:crypto): never imported by browser code.
 */
import { createHash } from 'node:crypto';
import type { Messages } from './messages.ts';

export function fingerprintText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

export function fingerprintMessages(messages: Messages): string {
  const entries = Object.keys(messages)
    .sort()
    .map((k) => {
      const v = messages[k]!;
      // A function by its source without whitespace, so that the fingerprint is the same
      // whether the TypeScript was stripped by Node or compiled by Vite.
      return [k, typeof v === 'string' ? v : `fn:${v.toString().replace(/\s+/g, '')}`];
    });
  return fingerprintText(JSON.stringify(entries));
}

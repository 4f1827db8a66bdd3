/**
 * Native inflation of Pagefind's files (used by src/client/search.ts).
 *
 * Pagefind writes its WebAssembly, metadata, index chunks, filter chunks and
 * fragments gzip-compressed, and its runtime inflates each one in JavaScript
 * (a bundled gunzip) on the page's main thread, unless the bytes it receives
 * already start with its signature `pagefind_dcd`: then it takes them as
 * they are. A host that sends the files with `Content-Encoding: gzip` gets
 * that fast path; a static host cannot be counted on to do so for Pagefind's
 * file types, and the search page must not depend on one.
 *
 * `inflatingFetch` gives the runtime a fetch that inflates those files with
 * the browser's own `DecompressionStream` before Pagefind sees them. The
 * bytes on the wire are the same (still compressed); the gunzip in
 * JavaScript (about 60 ms of the main thread's time for a first search on
 * the 2-core bench machine, BENCHMARKS.md) is gone. Where the platform has
 * no DecompressionStream, or a body does not inflate, Pagefind gets the
 * bytes as they came and inflates (or reports) them itself as before.
 */

/** The first two bytes of every gzip member (RFC 1952, ID1 and ID2). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The signature Pagefind's files start with once inflated. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

const SIGNATURE_BYTES = new TextEncoder().encode(PAGEFIND_SIGNATURE);

/** True when `bytes` start with Pagefind's signature (the file is inflated). */
export function hasSignature(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE_BYTES.length && SIGNATURE_BYTES.every((b, i) => bytes[i] === b);
}

/** True when `bytes` start like a gzip member. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** The platform's DecompressionStream, as far as this module uses it. */
export type DecompressionStreamClass = new (
  format: 'gzip',
) => TransformStream<Uint8Array, Uint8Array>;

/** The platform's DecompressionStream, or null where it has none. */
export function platformDecompression(): DecompressionStreamClass | null {
  return (globalThis.DecompressionStream as DecompressionStreamClass | undefined) ?? null;
}

/** A response with the same status and headers as `like` and `body` as its body. */
function withBody(body: BodyInit, like: Response): Response {
  return new Response(body, {
    status: like.status,
    statusText: like.statusText,
    headers: like.headers,
  });
}

/**
 * `res` with its body inflated when it is gzip, and only if the inflated
 * bytes start with Pagefind's signature; otherwise a response with the
 * original bytes (so that Pagefind inflates, or reports, them itself).
 * Responses that are not ok are returned untouched.
 */
export async function inflateResponse(
  res: Response,
  Decompression: DecompressionStreamClass | null = platformDecompression(),
): Promise<Response> {
  if (!res.ok || !Decompression) return res;
  const raw = new Uint8Array(await res.arrayBuffer());
  if (!isGzip(raw)) return withBody(raw, res);
  try {
    // The bytes go to the decompressor as a stream of the page's own memory: a Blob's stream
    // (used until 2026-12-04) registers the bytes with the browser process and reads them back,
    // which cost about 15 ms of the main thread for a first search (BENCHMARKS.md, "Search").
    const body = new Response(raw).body;
    if (!body) return withBody(raw, res);
    const inflated = new Uint8Array(
      await new Response(body.pipeThrough(new Decompression('gzip'))).arrayBuffer(),
    );
    return withBody(hasSignature(inflated) ? inflated : raw, res);
  } catch {
    return withBody(raw, res);
  }
}

/** The URL a fetch call asks for, as an absolute URL against `base`. */
function requestUrl(input: RequestInfo | URL, base: string): URL | null {
  try {
    return new URL(input instanceof Request ? input.url : String(input), base);
  } catch {
    return null;
  }
}

/**
 * A fetch that inflates, with `inflateResponse`, every response to a GET of
 * a URL under `prefix` (an absolute URL, e.g. `https://host/pagefind/`), and
 * leaves every other request to `fetchImpl` as it is.
 */
export function inflatingFetch(
  fetchImpl: typeof fetch,
  prefix: string,
  Decompression: DecompressionStreamClass | null = platformDecompression(),
): typeof fetch {
  return async (input, init) => {
    const res = await fetchImpl(input, init);
    const url = requestUrl(input, prefix);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (!url || method.toUpperCase() !== 'GET' || !url.href.startsWith(prefix)) return res;
    return inflateResponse(res, Decompression);
  };
}

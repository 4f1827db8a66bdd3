import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  type DecompressionStreamClass,
  PAGEFIND_SIGNATURE,
  hasSignature,
  inflateResponse,
  inflatingFetch,
  isGzip,
} from './inflate.ts';

const enc = new TextEncoder();
/** A Pagefind file as written to disk: its signature and payload, gzip-compressed. */
const pagefindFile = (payload: string) =>
  new Uint8Array(gzipSync(enc.encode(PAGEFIND_SIGNATURE + payload)));
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const textOf = async (res: Response) => new TextDecoder().decode(await bytesOf(res));

describe('isGzip', () => {
  it('knows a gzip member by its first two bytes', () => {
    expect(isGzip(pagefindFile('x'))).toBe(true);
    expect(isGzip(enc.encode('{"version":"1.6.0"}'))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
    expect(isGzip(new Uint8Array())).toBe(false);
  });
});

describe('hasSignature', () => {
  it('knows an inflated Pagefind file by its first twelve bytes, and nothing shorter', () => {
    expect(hasSignature(enc.encode(`${PAGEFIND_SIGNATURE}chunk`))).toBe(true);
    expect(hasSignature(enc.encode(PAGEFIND_SIGNATURE))).toBe(true);
    expect(hasSignature(enc.encode(PAGEFIND_SIGNATURE.slice(0, -1)))).toBe(false);
    expect(hasSignature(enc.encode(`x${PAGEFIND_SIGNATURE}`))).toBe(false);
    expect(hasSignature(pagefindFile('chunk'))).toBe(false);
  });
});

describe('inflateResponse', () => {
  it('inflates a Pagefind file, so Pagefind takes it as it is (its signature first)', async () => {
    const res = await inflateResponse(
      new Response(pagefindFile('chunk'), { status: 200, headers: { 'x-a': '1' } }),
    );
    expect(await textOf(res)).toBe(`${PAGEFIND_SIGNATURE}chunk`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-a')).toBe('1');
  });

  it('leaves a body that is not gzip as it came (the entry file is JSON)', async () => {
    const res = await inflateResponse(new Response('{"version":"1.6.0"}'));
    expect(await textOf(res)).toBe('{"version":"1.6.0"}');
  });

  it('gives the compressed bytes back when they do not inflate, for Pagefind to report', async () => {
    const broken = pagefindFile('chunk').subarray(0, 12);
    const res = await inflateResponse(new Response(broken));
    expect(await bytesOf(res)).toEqual(new Uint8Array(broken));
  });

  it('gives the compressed bytes back when the inflated ones lack the signature', async () => {
    const other = gzipSync(enc.encode('not a pagefind file'));
    expect(await bytesOf(await inflateResponse(new Response(other)))).toEqual(
      new Uint8Array(other),
    );
  });

  it('leaves a failed response alone, for Pagefind to report', async () => {
    const failed = new Response('missing', { status: 404 });
    expect(await inflateResponse(failed)).toBe(failed);
  });

  it('does nothing where the platform has no DecompressionStream', async () => {
    const res = new Response(pagefindFile('chunk'));
    const out = await inflateResponse(res, null);
    expect(out).toBe(res);
    expect(isGzip(await bytesOf(out))).toBe(true);
  });
});

describe('inflatingFetch', () => {
  const PREFIX = 'https://portal.example/pagefind/';
  const served = new Map<string, Uint8Array<ArrayBuffer>>([
    [`${PREFIX}index/en_1.pf_index`, pagefindFile('index')],
    ['https://portal.example/data/stats.csv.gz', pagefindFile('not pagefind')],
  ]);
  const fake = vi.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = served.get(url);
    return Promise.resolve(
      body === undefined ? new Response('', { status: 404 }) : new Response(body),
    );
  });

  it('inflates what is fetched under the prefix', async () => {
    const f = inflatingFetch(fake, PREFIX);
    expect(await textOf(await f(`${PREFIX}index/en_1.pf_index`))).toBe(
      `${PAGEFIND_SIGNATURE}index`,
    );
    expect(await textOf(await f(new URL(`${PREFIX}index/en_1.pf_index`)))).toBe(
      `${PAGEFIND_SIGNATURE}index`,
    );
    expect(await textOf(await f(new Request(`${PREFIX}index/en_1.pf_index`)))).toBe(
      `${PAGEFIND_SIGNATURE}index`,
    );
  });

  it('leaves every other request as it is', async () => {
    const f = inflatingFetch(fake, PREFIX);
    const other = await f('https://portal.example/data/stats.csv.gz');
    expect(isGzip(await bytesOf(other))).toBe(true);
    const post = await f(`${PREFIX}index/en_1.pf_index`, { method: 'POST' });
    expect(isGzip(await bytesOf(post))).toBe(true);
  });

  it('uses the DecompressionStream it is given', async () => {
    const seen: string[] = [];
    const Spy = class extends DecompressionStream {
      constructor(format: 'gzip') {
        super(format);
        seen.push(format);
      }
    } as unknown as DecompressionStreamClass;
    const f = inflatingFetch(fake, PREFIX, Spy);
    await f(`${PREFIX}index/en_1.pf_index`);
    expect(seen).toEqual(['gzip']);
  });
});

/** Extracts the href of every <a> and the src/href of loaded assets in an HTML string. */
export function extractLinks(html: string): { anchors: string[]; assets: string[] } {
  const anchors = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  const assets = [
    ...html.matchAll(/<(?:script|img|source)\b[^>]*?\ssrc="([^"]*)"/g),
    ...html.matchAll(/<link\b[^>]*?\shref="([^"]*)"/g),
  ].map((m) => decode(m[1] ?? ''));
  return { anchors, assets };
}

/** Every id attribute value in an HTML string. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/**
 * The PDF after Chromium: document information and determinism (pdf-lib),
 * and reading a PDF's facts back (for the stage and the tests).
 *
 * Chromium's tagged PDF is the same for the same page except for three
 * things, each fixed here so that the same inputs give the same bytes:
 * - the creation and modification dates (the clock): set to the report's
 *   "data as of" day, midnight UTC;
 * - the structure elements' ids (`node00000172`), taken from DOM node ids
 *   that depend on what the renderer did before: renumbered in tree order
 *   (`e000001`, …), with the `/IDTree` and the table headers' `/Headers`
 *   references rewritten to match;
 * - objects no longer referenced after that (the old `/IDTree` nodes):
 *   dropped.
 * Title, subject, keywords, language, author, creator and producer are set
 * from the manifest. Tags (`/StructTreeRoot`, `/MarkInfo`) and bookmarks
 * (`/Outlines`) are kept.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  ParseSpeeds,
  type PDFObject,
} from 'pdf-lib';

/** What the PDF's document information says. */
export interface PdfInfo {
  title: string;
  subject: string;
  keywords: readonly string[];
  /** BCP 47 language, e.g. `en-US`. */
  lang: string;
  /** YYYY-MM-DD: the creation and modification date (midnight UTC). */
  date: string;
}

/** Author, creator and producer of every report PDF. */
export const PDF_AUTHOR = 'POST Act Transparency Portal';
export const PDF_CREATOR = 'POST Act Transparency Portal report generator (npm run reports)';
export const PDF_PRODUCER = 'Chromium (Skia/PDF, tagged) and pdf-lib';

function text(o: PDFObject | undefined): string | null {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : null;
}

/** Renumbers structure element ids in tree order; returns how many were renumbered. */
function renumberStructureIds(doc: PDFDocument): number {
  const ctx = doc.context;
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return 0;
  const map = new Map<string, string>();
  const byNew: [string, PDFRef][] = [];
  const seen = new Set<PDFObject>();
  const visit = (o: PDFObject | undefined): void => {
    if (o === undefined) return;
    const d = o instanceof PDFRef ? ctx.lookup(o) : o;
    if (d === undefined || seen.has(d)) return;
    seen.add(d);
    if (d instanceof PDFDict) {
      const id = text(d.get(PDFName.of('ID')));
      if (id !== null) {
        if (!(o instanceof PDFRef))
          throw new Error('PDF: a structure element with an /ID is not an indirect object');
        const next = `e${String(map.size + 1).padStart(6, '0')}`;
        map.set(id, next);
        byNew.push([next, o]);
        d.set(PDFName.of('ID'), PDFString.of(next));
      }
      visit(d.get(PDFName.of('K')));
    } else if (d instanceof PDFArray) {
      for (let i = 0; i < d.size(); i++) visit(d.get(i));
    }
  };
  visit(root.get(PDFName.of('K')));
  if (map.size === 0) return 0;

  const fixHeaders = (o: PDFObject | undefined): void => {
    const d = o instanceof PDFRef ? ctx.lookup(o) : o;
    if (d instanceof PDFDict) {
      const h = d.get(PDFName.of('Headers'));
      if (h instanceof PDFArray)
        for (let i = 0; i < h.size(); i++) {
          const old = text(h.get(i));
          if (old === null) continue;
          const next = map.get(old);
          if (!next)
            throw new Error(`PDF: a table cell names the header "${old}", which no element has`);
          h.set(i, PDFString.of(next));
        }
    } else if (d instanceof PDFArray) for (let i = 0; i < d.size(); i++) fixHeaders(d.get(i));
  };
  for (const [, obj] of ctx.enumerateIndirectObjects())
    if (obj instanceof PDFDict) fixHeaders(obj.get(PDFName.of('A')));

  byNew.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  root.set(PDFName.of('IDTree'), ctx.obj({ Names: byNew.flat() }));
  return map.size;
}

/** Deletes every indirect object not reachable from the trailer (Root, Info). */
function dropUnreachable(doc: PDFDocument): void {
  const ctx = doc.context;
  const reachable = new Set<string>();
  const stack: PDFObject[] = [ctx.trailerInfo.Root, ctx.trailerInfo.Info].filter(
    (o): o is PDFObject => o !== undefined,
  );
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (o instanceof PDFRef) {
      if (reachable.has(o.tag)) continue;
      reachable.add(o.tag);
      const target = ctx.lookup(o);
      if (target) stack.push(target);
    } else if (o instanceof PDFDict) {
      for (const [, v] of o.entries()) stack.push(v);
    } else if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) stack.push(o.get(i));
    } else if (o instanceof PDFStream || o instanceof PDFRawStream) {
      stack.push(o.dict);
    }
  }
  for (const [ref] of ctx.enumerateIndirectObjects()) if (!reachable.has(ref.tag)) ctx.delete(ref);
}

/**
 * Makes a Chromium PDF deterministic and sets its document information.
 * Throws when the PDF is not tagged (printed without `tagged: true`).
 */
export async function finalizePdf(
  bytes: Uint8Array,
  info: PdfInfo,
): Promise<{ bytes: Uint8Array; pages: number }> {
  // No pause every few objects (pdf-lib's default, for browsers): on a busy machine each pause
  // waits for the scheduler, and a packet has thousands of objects. The bytes are the same.
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  if (!doc.catalog.get(PDFName.of('StructTreeRoot')))
    throw new Error('PDF: no /StructTreeRoot; print with page.pdf({ tagged: true })');
  renumberStructureIds(doc);
  const date = new Date(`${info.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`PDF: "${info.date}" is not a date`);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces; one string keeps multi-word keywords apart.
  doc.setKeywords([info.keywords.join('; ')]);
  doc.setLanguage(info.lang);
  doc.setAuthor(PDF_AUTHOR);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  dropUnreachable(doc);
  return {
    bytes: await doc.save({ useObjectStreams: true, objectsPerTick: Infinity }),
    pages: doc.getPageCount(),
  };
}

/** A bookmark of the PDF's outline, with its children. */
export interface Bookmark {
  title: string;
  children: Bookmark[];
}

/** What the tests and the stage read back from a PDF (pdf-lib only; no poppler). */
export interface PdfReadback {
  pages: number;
  title: string | undefined;
  subject: string | undefined;
  keywords: string | undefined;
  lang: string | null;
  creationDate: Date | undefined;
  /** `/MarkInfo << /Marked true >>` and a `/StructTreeRoot`. */
  tagged: boolean;
  outline: Bookmark[];
  /** The URI of every link annotation, page by page, in order. */
  uris: string[];
  /** The named destinations of every internal link annotation (same-document links). */
  internalLinks: number;
}

/** Reads a PDF's facts. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const ctx = doc.context;
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const marked = markInfo?.get(PDFName.of('Marked'))?.toString() === 'true';
  const tagged = marked && doc.catalog.get(PDFName.of('StructTreeRoot')) !== undefined;

  const outline: Bookmark[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (first: PDFObject | undefined, into: Bookmark[]): void => {
    let item = first ? ctx.lookup(first) : undefined;
    const seen = new Set<PDFObject>();
    while (item instanceof PDFDict && !seen.has(item)) {
      seen.add(item);
      const b: Bookmark = { title: text(item.get(PDFName.of('Title'))) ?? '', children: [] };
      into.push(b);
      walk(item.get(PDFName.of('First')), b.children);
      const next = item.get(PDFName.of('Next'));
      item = next ? ctx.lookup(next) : undefined;
    }
  };
  if (outlines) walk(outlines.get(PDFName.of('First')), outline);

  const uris: string[] = [];
  let internalLinks = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i);
      if (!(a instanceof PDFDict) || a.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action ? text(action.get(PDFName.of('URI'))) : null;
      if (uri !== null) uris.push(uri);
      else if (a.get(PDFName.of('Dest')) || action?.get(PDFName.of('D'))) internalLinks++;
    }
  }
  const lang = text(doc.catalog.get(PDFName.of('Lang')));
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    lang,
    creationDate: doc.getCreationDate(),
    tagged,
    outline,
    uris,
    internalLinks,
  };
}

/**
 * A small, allocation-light XML scanner for the SpreadsheetML parts the fast reader needs (sheets, shared
 * strings, styles, workbook, relationships). Not a validating parser: it walks tags and hands text spans to
 * the caller by index, so text outside the elements a caller wants is never copied.
 * What it does as an XML processor must (so values read exactly as a conforming parser, and exceljs, read
 * them): line ends in text become "\n" (XML 1.0 §2.11), the five predefined entities and character references
 * are decoded (§4.6, §4.1), attribute values have their whitespace normalised (§3.3.3), comments, processing
 * instructions and the declaration are skipped, CDATA sections are text. Element names are given without their
 * namespace prefix (`x:c` → `c`), which SpreadsheetML written by some generators carries.
 */

export interface XmlHandler {
  /** An element starts; `attrs` is the raw attribute text (parse with `attr`). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  /** An element ends (also called right after `open` for a self-closing element). */
  close(name: string): void;
  /** Raw text between tags, [start, end) of the scanned string; `cdata` when it came from a CDATA section. */
  text?(xml: string, start: number, end: number, cdata: boolean): void;
}

/** Thrown by a handler to stop the scan early (e.g. a sheet over its cap). */
export class StopScan extends Error {}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Walks `xml`, calling the handler; stops quietly on StopScan. */
export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  try {
    while (i < n) {
      const lt = xml.indexOf("<", i);
      if (lt < 0) {
        if (h.text && i < n) h.text(xml, i, n, false);
        return;
      }
      if (h.text && lt > i) h.text(xml, i, lt, false);
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = xml.indexOf(">", lt + 2);
        if (gt < 0) return;
        h.close(localName(xml.slice(lt + 2, gt).trim()));
        i = gt + 1;
      } else if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) {
          const e = xml.indexOf("-->", lt + 4);
          if (e < 0) return;
          i = e + 3;
        } else if (xml.startsWith("<![CDATA[", lt)) {
          const e = xml.indexOf("]]>", lt + 9);
          if (e < 0) return;
          if (h.text) h.text(xml, lt + 9, e, true);
          i = e + 3;
        } else {
          const e = xml.indexOf(">", lt + 2);
          if (e < 0) return;
          i = e + 1;
        }
      } else if (c === 63 /* ? */) {
        const e = xml.indexOf("?>", lt + 2);
        if (e < 0) return;
        i = e + 2;
      } else {
        // Find the tag's end, skipping '>' inside quoted attribute values.
        let j = lt + 1;
        let quote = 0;
        for (; j < n; j++) {
          const ch = xml.charCodeAt(j);
          if (quote) {
            if (ch === quote) quote = 0;
          } else if (ch === 34 || ch === 39) quote = ch;
          else if (ch === 62 /* > */) break;
        }
        if (j >= n) return;
        const selfClosing = xml.charCodeAt(j - 1) === 47;
        const tagEnd = selfClosing ? j - 1 : j;
        let k = lt + 1;
        while (k < tagEnd) {
          const ch = xml.charCodeAt(k);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
          k++;
        }
        const name = localName(xml.slice(lt + 1, k));
        h.open(name, k < tagEnd ? xml.slice(k, tagEnd) : "", selfClosing);
        if (selfClosing) h.close(name);
        i = j + 1;
      }
    }
  } catch (e) {
    if (e instanceof StopScan) return;
    throw e;
  }
}

/** The value of attribute `name` (matched with or without a namespace prefix) in raw attribute text, decoded. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs === "") return undefined;
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return undefined;
    const key = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attrs.indexOf(quote, q + 1);
    if (end < 0) return undefined;
    if (key === name || localName(key) === name) return decodeAttr(attrs.slice(q + 1, end));
    i = end + 1;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function decodeAttr(raw: string): string {
  const normalised = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return decodeEntities(normalised);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Predefined entities and character references decoded; an unknown reference is kept as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Text of an element as an XML processor reports it: line ends normalised, then references decoded. */
export function decodeText(raw: string): string {
  const s = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  return decodeEntities(s);
}

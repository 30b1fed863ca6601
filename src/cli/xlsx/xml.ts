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

/**
 * Names of one or two characters (the tags of cells, values and strings: c, v, f, t, r, si), made once and reused:
 * a sheet has several such tags per cell, and a new string for each was most of the reader's garbage. At most
 * SHORT_NAMES_MAX are kept (a hostile part cannot grow the table).
 */
const SHORT_NAMES = new Map<number, string>();
const SHORT_NAMES_MAX = 512;

/** xml[start, end) as a string (the local name of an element, `end > start`). */
function nameAt(xml: string, start: number, end: number): string {
  const len = end - start;
  if (len > 2) return xml.slice(start, end);
  const a = xml.charCodeAt(start);
  // One character: -1 - code (negative, ≥ -65536); two: (a << 16) | b, ≤ -2^31 + 65535 when negative.
  const key = len === 1 ? -1 - a : (a << 16) | xml.charCodeAt(start + 1);
  let name = SHORT_NAMES.get(key);
  if (name === undefined) {
    name = xml.slice(start, end);
    if (SHORT_NAMES.size < SHORT_NAMES_MAX) SHORT_NAMES.set(key, name);
  }
  return name;
}

/** Whitespace as String.prototype.trim removes it (ECMAScript WhiteSpace and LineTerminator). */
function isTrimSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/** The local name (after the first ':') of the trimmed xml[start, end): `localName(xml.slice(start, end).trim())`. */
function localNameAt(xml: string, start: number, end: number): string {
  while (end > start && isTrimSpace(xml.charCodeAt(end - 1))) end--;
  while (start < end && isTrimSpace(xml.charCodeAt(start))) start++;
  if (start === end) return "";
  for (let i = start; i < end; i++) {
    if (xml.charCodeAt(i) === 58 /* : */) return i + 1 === end ? "" : nameAt(xml, i + 1, end);
  }
  return nameAt(xml, start, end);
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
        h.close(localNameAt(xml, lt + 2, gt));
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
        let colon = -1;
        while (k < tagEnd) {
          const ch = xml.charCodeAt(k);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
          if (ch === 58 /* : */ && colon < 0) colon = k;
          k++;
        }
        const from = colon < 0 ? lt + 1 : colon + 1;
        const name = from < k ? nameAt(xml, from, k) : "";
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

/** End of the value `attrSpan` found last (exclusive). */
let spanEnd = -1;

/**
 * Where the value of attribute `name` (matched with or without a namespace prefix) starts in raw attribute text, -1
 * when it is not there; `spanEnd` then holds its end. The value is as written (not decoded): see `attr`. No
 * string is made, so a reader can parse a cell's address or style number in place.
 */
function attrSpan(attrs: string, name: string): number {
  let i = 0;
  const n = attrs.length;
  const len = name.length;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return -1;
    // The key, trimmed (as String.prototype.trim), then its local name.
    let ks = i;
    let ke = eq;
    while (ke > ks && isTrimSpace(attrs.charCodeAt(ke - 1))) ke--;
    while (ks < ke && isTrimSpace(attrs.charCodeAt(ks))) ks++;
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return -1;
    const end = attrs.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) return -1;
    if (keyIs(attrs, ks, ke, name, len)) {
      spanEnd = end;
      return q + 1;
    }
    i = end + 1;
  }
  return -1;
}

/** Whether the attribute key attrs[ks, ke) is `name` or has it as its local name (after the key's first ':'). */
function keyIs(attrs: string, ks: number, ke: number, name: string, len: number): boolean {
  if (ke - ks === len && attrs.startsWith(name, ks)) return true;
  for (let c = ks; c < ke; c++) {
    if (attrs.charCodeAt(c) === 58 /* : */) return ke - c - 1 === len && attrs.startsWith(name, c + 1);
  }
  return false;
}

/**
 * `attrSpan` for several names in one pass over the attributes: out[2i] and out[2i + 1] are the start and end of
 * the value of names[i] (-1, -1 when it is not there), the same spans `attrSpan` would give one by one.
 */
export function attrSpans(attrs: string, names: readonly string[], out: Int32Array): void {
  out.fill(-1);
  let missing = names.length;
  let i = 0;
  const n = attrs.length;
  while (i < n && missing > 0) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return;
    let ks = i;
    let ke = eq;
    while (ke > ks && isTrimSpace(attrs.charCodeAt(ke - 1))) ke--;
    while (ks < ke && isTrimSpace(attrs.charCodeAt(ks))) ks++;
    let q = eq + 1;
    while (q < n && isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return;
    const end = attrs.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) return;
    for (let k = 0; k < names.length; k++) {
      if (out[2 * k] < 0 && keyIs(attrs, ks, ke, names[k], names[k].length)) {
        out[2 * k] = q + 1;
        out[2 * k + 1] = end;
        missing--;
      }
    }
    i = end + 1;
  }
}

/** True when attrs[start, end) reads as written: no reference to decode, no whitespace to normalise. */
export function plainAttr(attrs: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = attrs.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

/** The value of attribute `name` (matched with or without a namespace prefix) in raw attribute text, decoded. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs === "") return undefined;
  const start = attrSpan(attrs, name);
  if (start < 0) return undefined;
  const end = spanEnd;
  const raw = attrs.slice(start, end);
  return plainAttr(attrs, start, end) ? raw : decodeAttr(raw);
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

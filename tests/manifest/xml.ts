/**
 * A small, strict XML parser for the manifest test (no dependency): elements, attributes, text,
 * comments, CDATA, the XML declaration and the five predefined entities plus numeric references.
 * Throws on anything malformed (unclosed or mismatched tags, duplicate attributes, stray '<').
 */
export interface XmlElement {
  /** Qualified name as written ("bt:Image"). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content of this element (not of its descendants). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string, line: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, ent: string | undefined) => {
    if (!ent) throw new Error(`line ${line}: bare '&'`);
    if (ent.startsWith("#x")) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith("#")) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    if (!(ent in ENTITIES)) throw new Error(`line ${line}: unknown entity ${whole}`);
    return ENTITIES[ent];
  });
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (src.charCodeAt(k) === 10) line++;
    i = to;
  };
  const expectEnd = (marker: string, what: string) => {
    const end = src.indexOf(marker, i);
    if (end < 0) throw new Error(`line ${line}: unterminated ${what}`);
    return end;
  };

  if (src.charCodeAt(0) === 0xfeff) i = 1;
  while (i < src.length) {
    if (src.startsWith("<?", i)) {
      advance(expectEnd("?>", "processing instruction") + 2);
    } else if (src.startsWith("<!--", i)) {
      advance(expectEnd("-->", "comment") + 3);
    } else if (src.startsWith("<![CDATA[", i)) {
      const end = expectEnd("]]>", "CDATA");
      if (!stack.length) throw new Error(`line ${line}: CDATA outside the root element`);
      stack[stack.length - 1].text += src.slice(i + 9, end);
      advance(end + 3);
    } else if (src.startsWith("<!", i)) {
      throw new Error(`line ${line}: DOCTYPE/declarations are not supported`);
    } else if (src.startsWith("</", i)) {
      const end = expectEnd(">", "end tag");
      const name = src.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`line ${line}: </${name}> does not close <${open?.name ?? "nothing"}>`);
      advance(end + 1);
    } else if (src[i] === "<") {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(src.slice(i, i + 200));
      if (!m) throw new Error(`line ${line}: bad start tag`);
      const el: XmlElement = { name: m[1], attrs: {}, children: [], text: "", line };
      let j = i + m[0].length;
      const attrRe = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)/y;
      let selfClosing: boolean;
      for (;;) {
        attrRe.lastIndex = j;
        const a = attrRe.exec(src);
        if (!a) throw new Error(`line ${line}: malformed attributes in <${el.name}>`);
        j = attrRe.lastIndex;
        if (a[5]) {
          selfClosing = a[5] === "/>";
          break;
        }
        if (a[1] in el.attrs) throw new Error(`line ${line}: duplicate attribute ${a[1]} in <${el.name}>`);
        el.attrs[a[1]] = decode(a[3] ?? a[4] ?? "", line);
      }
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error(`line ${line}: a second root element <${el.name}>`);
      else root = el;
      advance(j);
      if (!selfClosing) stack.push(el);
    } else {
      const next = src.indexOf("<", i);
      const end = next < 0 ? src.length : next;
      const text = src.slice(i, end);
      if (!stack.length) {
        if (text.trim()) throw new Error(`line ${line}: text outside the root element`);
      } else stack[stack.length - 1].text += decode(text, line);
      advance(end);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Local name ("bt:Image" → "Image"). */
export function localName(el: XmlElement): string {
  const k = el.name.indexOf(":");
  return k < 0 ? el.name : el.name.slice(k + 1);
}

/** Every descendant (depth first, document order), the element itself first. */
export function walk(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [el];
  for (const c of el.children) out.push(...walk(c));
  return out;
}

/** Children with this local name. */
export function kids(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => localName(c) === name);
}

/** The single child with this local name (throws when absent or repeated). */
export function only(el: XmlElement, name: string): XmlElement {
  const k = kids(el, name);
  if (k.length !== 1) throw new Error(`<${el.name}> line ${el.line}: expected one <${name}>, found ${k.length}`);
  return k[0];
}

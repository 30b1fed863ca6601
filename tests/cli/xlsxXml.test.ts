/**
 * The fast reader's XML scanner (src/cli/xlsx/xml.ts) reads attributes and element names in place, without a string
 * per key or tag. These tests hold it to the plain string version it replaced (kept here as the reference): the same
 * attribute values (first match, with or without a namespace prefix, decoded), the same element names (local name,
 * close tags trimmed as String.prototype.trim trims), on hand-written edge cases and generated attribute texts.
 */
import fc from "fast-check";
import { attr, attrSpans, decodeEntities, scanXml } from "../../src/cli/xlsx/xml";

/** The reference: attr as it was written with slices (src/cli/xlsx/xml.ts before the in-place version). */
function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
function referenceAttr(attrs: string, name: string): string | undefined {
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
    if (key === name || localName(key) === name) {
      const raw = attrs.slice(q + 1, end);
      const normalised = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
      return decodeEntities(normalised); // unchanged by the in-place version
    }
    i = end + 1;
  }
  return undefined;
}

/** Element names as the scanner reports them, opening and closing. */
function names(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name) => void out.push(`<${name}`),
    close: (name) => void out.push(`</${name}`),
  });
  return out;
}

describe("attr: values read in place", () => {
  const cases: [string, string][] = [
    [' r="A1" s="3" t="s"', "r"],
    [' r="A1" s="3" t="s"', "t"],
    [' r="A1" s="3" t="s"', "s"],
    [' x:r="B2" r="C3"', "r"],
    [" r ='D4'", "r"],
    ['r="E5"s="7"', "s"],
    [' r="A&amp;1" t="x"', "r"],
    [' t="in\tline"', "t"],
    [' t="a\r\nb"', "t"],
    [' foo:bar:r="Z9"', "r"],
    [' rr="1" r="2"', "r"],
    [' r=A1 t="s"', "t"],
    [' r="unterminated', "r"],
    [' \u3000r\u3000="wide"', "r"],
    ["", "r"],
    [' s="&#65;"', "s"],
  ];
  it.each(cases)("%j → %s as before", (attrs, name) => {
    expect(attr(attrs, name)).toBe(referenceAttr(attrs, name));
  });

  it("generated attribute texts: the same value for every name", () => {
    const piece = fc.constantFrom(
      "r",
      "s",
      "t",
      "x:r",
      "a:b:s",
      " ",
      "\t",
      "\u3000",
      "=",
      '"',
      "'",
      "A1",
      "3",
      "&amp;",
      "\n",
      ":",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const attrs = parts.join("");
        for (const name of ["r", "s", "t"]) expect(attr(attrs, name)).toBe(referenceAttr(attrs, name));
      }),
      { numRuns: 3000 },
    );
  });

  it("attrSpans finds the spans attr reads, in one pass", () => {
    const attrs = ' x:t="str" r="AB12" s="15"';
    const out = new Int32Array(6);
    attrSpans(attrs, ["r", "s", "t"], out);
    expect(attrs.slice(out[0], out[1])).toBe("AB12");
    expect(attrs.slice(out[2], out[3])).toBe("15");
    expect(attrs.slice(out[4], out[5])).toBe("str");
    attrSpans(' r="A1"', ["r", "s", "t"], out);
    expect([...out.slice(2)]).toEqual([-1, -1, -1, -1]);
  });
});

describe("scanXml: element names", () => {
  it("local names, opening and closing, short names reused", () => {
    expect(names('<x:c r="A1"><x:v>1</x:v ></x:c><row/><si><t>a</t></si>')).toEqual([
      "<c",
      "<v",
      "</v",
      "</c",
      "<row",
      "</row",
      "<si",
      "<t",
      "</t",
      "</si",
    ]);
  });

  it("close tags trimmed as String.prototype.trim trims (also U+3000, U+FEFF)", () => {
    expect(names("<c></c\u3000></ c\t></\uFEFFa:b ></>")).toEqual(["<c", "</c", "</c", "</b", "</"]);
  });

  it("a name that ends at its prefix is empty, as before", () => {
    expect(names("<a:></a:>")).toEqual(["<", "</"]);
  });
});

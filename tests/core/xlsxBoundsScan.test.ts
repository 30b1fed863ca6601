/**
 * scanSheetXml reads tags and references by character codes; it must find exactly what the regular expressions it
 * replaced found (kept here as the oracle): on generated XML full of near-misses (prefixes, odd spaces, quotes,
 * comments, tags cut short, references out of bounds) and on every sheet of the real fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import fc from "fast-check";
import { entryData, readCentralDirectory } from "../../src/cli/safeOpen";
import { colLetters, parseArea, scanSheetXml, type Area, type SheetScan } from "../../src/core/xlsxBounds";

/* ------------------------------------------------------------------ the oracle: the scan as it was written */

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell|dimension)(?=[\s/>])([^>]*)>/g;
const ATTR_R = /\sr\s*=\s*"([^"]*)"/;
const ATTR_REF = /\sref\s*=\s*"([^"]*)"/;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n;
}

function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = colNumber(m[1]);
  const row = Number(m[2]);
  if (col < 1 || col > 16384 || row < 1 || row > 1048576) return null;
  return [row, col];
}

function oracleParseArea(ref: string): Area | null {
  const [a, b] = ref.trim().split(":");
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

function oracleScan(xml: string, stopAfterCells = Infinity, stopAfterRows = Infinity): SheetScan {
  let stopped = false;
  let cells = 0;
  let rows = 0;
  let repeated = 0;
  let firstRepeated: string | undefined;
  let dimension: string | undefined;
  const merges: { ref: string; area: Area }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let curRow = 0;
  let lastRow = 0;
  let lastCellRow = 0;
  let lastCellCol = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[1];
    const attrs = m[2];
    if (name === "c") {
      if (++cells > stopAfterCells) {
        stopped = true;
        break;
      }
      const r = ATTR_R.exec(attrs);
      const p = r ? parseRef(r[1]) : null;
      let row: number;
      let col: number;
      if (p) {
        [row, col] = p;
        if (row < lastCellRow || (row === lastCellRow && col <= lastCellCol)) {
          repeated++;
          firstRepeated ??= `${colLetters(col)}${row}`;
        }
      } else {
        row = Math.max(curRow, 1);
        col = (row === lastCellRow ? lastCellCol : 0) + 1;
      }
      lastCellRow = row;
      lastCellCol = col;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    } else if (name === "row") {
      if (++rows > stopAfterRows) {
        stopped = true;
        break;
      }
      const r = ATTR_R.exec(attrs);
      const n = r ? Number(r[1]) : lastRow + 1;
      if (Number.isInteger(n) && n >= 1) {
        if (n <= lastRow) {
          repeated++;
          firstRepeated ??= `第 ${n} 行`;
        }
        curRow = n;
        lastRow = Math.max(lastRow, n);
      } else curRow = lastRow + 1;
    } else if (name === "mergeCell") {
      const r = ATTR_REF.exec(attrs);
      const area = r ? oracleParseArea(r[1]) : null;
      if (r && area) merges.push({ ref: r[1], area });
    } else {
      const r = ATTR_REF.exec(attrs);
      if (r) dimension = r[1];
    }
  }
  let mergedCells = 0;
  for (const mg of merges) mergedCells += (mg.area.bottom - mg.area.top + 1) * (mg.area.right - mg.area.left + 1);
  return {
    cells,
    rows,
    repeated,
    ...(firstRepeated !== undefined ? { firstRepeated } : {}),
    used: cells > 0 ? { top, left, bottom, right } : null,
    ...(dimension !== undefined ? { dimension } : {}),
    merges,
    mergedCells,
    ...(stopped ? { stopped } : {}),
  };
}

/* ------------------------------------------------------------------ generated XML */

const PIECES = [
  '<c r="A1">',
  '<c r="B2" s="3" t="s">',
  "<c r='C3'>",
  '<c s="1" r="$AB$12"/>',
  '<x:c r="D4"/>',
  '<ab.c-1_:c r="E5">',
  '<x:row r="7">',
  '<c\u00a0r="F6">',
  '<c\tr = "G7" >',
  '<c\u3000r="H8">',
  '<c r="A01">',
  '<c r="XFD1048576"/>',
  '<c r="XFE1"/>',
  '<c r="A1048577"/>',
  '<c r="ABCD1"/>',
  '<c r="a9"/>',
  '<c r="A$9"/>',
  '<c r="A12345678"/>',
  '<c r=""/>',
  '<c xr="Z1"/>',
  '<c r="Z1',
  "<c>",
  "<c/>",
  "<cols>",
  "<crow>",
  "<c:>",
  '<row r="3">',
  '<row r="3" spans="1:5">',
  "<row>",
  '<row r=" 4 ">',
  '<row r="0x10">',
  '<row r="1e1">',
  '<row r="-2">',
  '<row r="2.5">',
  '<row:x r="9">',
  '<mergeCell ref="A1:B2"/>',
  '<mergeCell ref="A2:XFD1048576"/>',
  '<x:mergeCell ref="C3"/>',
  '<mergeCells count="2">',
  '<mergeCell ref="bad"/>',
  '<dimension ref="A1:C3"/>',
  "<dimension>",
  '<!-- <c r="Q9"> -->',
  '<![CDATA[<c r="R1">]]>',
  "<v>1</v>",
  "</c>",
  "</row>",
  "<",
  ">",
  '"',
  " ",
  "\n",
  "r=",
  ' r="B3"',
  "text",
] as const;

const xmlArb = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("scanSheetXml finds what the regular expressions found", () => {
  it("on generated XML (with and without early stops)", () => {
    fc.assert(
      fc.property(xmlArb, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (xml, cellCap, rowCap) => {
        expect(scanSheetXml(xml)).toEqual(oracleScan(xml));
        expect(scanSheetXml(xml, cellCap, rowCap)).toEqual(oracleScan(xml, cellCap, rowCap));
      }),
      { numRuns: 3000 },
    );
  });

  it("parseArea reads areas as the split and the pattern did", () => {
    const part = fc.constantFrom(
      "A1",
      "$B$2",
      "xfd1048576",
      "XFE1",
      "A0",
      "AAAA1",
      "A12345678",
      "",
      " ",
      "$",
      "1A",
      "C$3",
      "$D4",
    );
    const refArb = fc.oneof(
      fc
        .tuple(part, fc.constantFrom(":", "", " :", ": "), part, fc.constantFrom("", ":", ":E5", " ", "\u3000"))
        .map((p) => p.join("")),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(refArb, (ref) => {
        expect(parseArea(ref)).toEqual(oracleParseArea(ref));
      }),
      { numRuns: 3000 },
    );
  });

  it("on every sheet of the real fixtures", () => {
    const dir = path.join(__dirname, "..", "fixtures", "real");
    let sheets = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".xlsx"))) {
      const buf = readFileSync(path.join(dir, file));
      for (const e of readCentralDirectory(buf)) {
        if (!/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
        const data = entryData(buf, e);
        const xml = (e.method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
        expect(scanSheetXml(xml)).toEqual(oracleScan(xml));
        sheets++;
      }
    }
    expect(sheets).toBeGreaterThan(10);
  });
});

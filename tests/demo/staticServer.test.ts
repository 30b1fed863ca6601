/**
 * The playground's static server compresses what it serves: brotli when accepted, else gzip, never for a
 * client that accepts neither (or says q=0), never for .xlsx; the body decompresses to the file's bytes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chooseEncoding, startStaticServer, type StaticServer } from "../../src/demo/staticServer";

function get(url: string, headers: Record<string, string>, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server compression", () => {
  let dir: string;
  let server: StaticServer;
  const script = `console.log(${JSON.stringify("绩效表检查 ".repeat(2000))});\n`;
  const xlsx = Buffer.from("PK\u0003\u0004 not really a workbook but binary enough", "latin1");

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "jx-static-"));
    writeFileSync(path.join(dir, "demo.html"), "<!doctype html><title>x</title>");
    writeFileSync(path.join(dir, "app.js"), script);
    writeFileSync(path.join(dir, "a.xlsx"), xlsx);
    server = await startStaticServer({ root: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0, gzip")).toBe("gzip");
  });

  it("sends a script brotli-compressed to a browser that accepts it", async () => {
    const r = await get(`${server.url}/app.js`, { "Accept-Encoding": "gzip, deflate, br" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers.vary).toBe("Accept-Encoding");
    expect(Number(r.headers["content-length"])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(zlib.brotliDecompressSync(r.body).toString("utf8")).toBe(script);
  });

  it("gzip when brotli is not accepted; the page keeps its CSP", async () => {
    const r = await get(`${server.url}/`, { "Accept-Encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(zlib.gunzipSync(r.body).toString("utf8")).toContain("<title>x</title>");
  });

  it("plain bytes without Accept-Encoding, and for workbooks", async () => {
    const plain = await get(`${server.url}/app.js`, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(script);
    const wb = await get(`${server.url}/a.xlsx`, { "Accept-Encoding": "br, gzip" });
    expect(wb.headers["content-encoding"]).toBeUndefined();
    expect(wb.body.equals(xlsx)).toBe(true);
  });

  it("HEAD gives the compressed length and no body", async () => {
    const r = await get(`${server.url}/app.js`, { "Accept-Encoding": "br" }, "HEAD");
    expect(r.headers["content-encoding"]).toBe("br");
    expect(Number(r.headers["content-length"])).toBeGreaterThan(0);
    expect(r.body.length).toBe(0);
  });
});

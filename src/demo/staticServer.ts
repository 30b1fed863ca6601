/**
 * A tiny static file server for the built playground: localhost only, GET/HEAD only, no
 * directory listings, nothing outside `root`. Text assets (HTML, scripts, source maps, JSON, CSS, SVG, XML) are
 * sent compressed when the browser accepts it — brotli, else gzip (RFC 9110 §12.5.3 Accept-Encoding, with q=0
 * honoured) — compressed once per file version and kept in memory; `Vary: Accept-Encoding` tells caches so.
 */
import { createReadStream, promises as fs } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import zlib from "zlib";

/** Extensions worth compressing (.xlsx and images are zip/deflate already). */
const COMPRESSIBLE = new Set([".html", ".js", ".map", ".json", ".css", ".svg", ".xml", ".txt"]);

export type ContentEncoding = "br" | "gzip" | null;

/** The encoding to send for an Accept-Encoding header: br, else gzip, else none (q=0 means "not acceptable"). */
export function chooseEncoding(accept: string | undefined): ContentEncoding {
  if (!accept) return null;
  const q = new Map<string, number>();
  for (const part of accept.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const ok = (name: string) => (q.get(name) ?? q.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

const compressedCache = new Map<string, Buffer>();

async function compressedBody(file: string, stat: { mtimeMs: number; size: number }, encoding: "br" | "gzip"): Promise<Buffer> {
  const key = `${encoding}:${file}:${stat.mtimeMs}:${stat.size}`;
  const hit = compressedCache.get(key);
  if (hit) return hit;
  const raw = await fs.readFile(file);
  const body =
    encoding === "br"
      ? zlib.brotliCompressSync(raw, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : zlib.gzipSync(raw, { level: 9 });
  if (compressedCache.size > 200) compressedCache.clear();
  compressedCache.set(key, body);
  return body;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Sent with every HTML page (on top of the pages' own <meta> policy): scripts only from this origin and the
 * Office.js host, no inline script, no eval, no plugins, not framed by other sites.
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where "/" goes. */
  index?: string;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const host = options.host ?? "127.0.0.1";
  const index = options.index ?? "/demo.html";
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname = decodeURIComponent(url.pathname);
      if (pathname === "/") pathname = index;
      const file = path.resolve(root, "." + pathname);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const stat = await fs.stat(file).catch(() => null);
      if (!stat || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 not found");
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers["accept-encoding"]) : null;
      if (encoding) {
        const body = await compressedBody(file, stat, encoding);
        res.writeHead(200, {
          ...(ext === ".html" ? { "Content-Security-Policy": PAGE_CSP } : {}),
          "Content-Type": TYPES[ext] ?? "application/octet-stream",
          "Content-Encoding": encoding,
          "Content-Length": body.length,
          Vary: "Accept-Encoding",
          "Cache-Control": "no-cache",
          "X-Content-Type-Options": "nosniff",
        });
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      res.writeHead(200, {
        ...(ext === ".html" ? { "Content-Security-Policy": PAGE_CSP } : {}),
        "Content-Type": TYPES[ext] ?? "application/octet-stream",
        "Content-Length": stat.size,
        ...(COMPRESSIBLE.has(ext) ? { Vary: "Accept-Encoding" } : {}),
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

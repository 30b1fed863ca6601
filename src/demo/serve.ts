/**
 * `npm run demo`: builds the bundles (production) and serves dist/ on http://127.0.0.1:PORT
 * (default 3100; `--port 0` picks a free one). Ctrl+C stops it.
 *
 *   npm run demo                       build + serve
 *   npm run demo -- --no-build         serve the existing dist/
 *   npm run demo -- --port 8080
 */
import net from "net";
import path from "path";
import { buildBundles } from "./build";
import { startStaticServer } from "./staticServer";

export interface Args {
  build: boolean;
  port: number;
  dir: string;
}

const PORT_HINT = "npm run demo -- --port 8080（或 --port 0 自动选一个空闲端口）";

/** A port as typed: an integer 0–65535, else a zh-CN usage error. */
function portOf(text: string | undefined, from: string): number {
  const n = Number(text);
  if (text === undefined || !/^\d+$/.test(text.trim()) || n > 65535)
    throw new Error(`${from}“${text ?? ""}”不是有效的端口号（0–65535 的整数）；例如：${PORT_HINT}`);
  return n;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args {
  const args: Args = { build: true, port: env.PORT !== undefined ? portOf(env.PORT, "PORT=") : 3100, dir: "dist" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-build") args.build = false;
    else if (a === "--port") args.port = portOf(argv[++i], "--port ");
    else if (a.startsWith("--port=")) args.port = portOf(a.slice(7), "--port=");
    else if (a === "--dir") args.dir = argv[++i];
    else throw new Error(`不认识的参数“${a}”。可用：--no-build、--port 端口、--dir 目录`);
  }
  return args;
}

/**
 * Why the server could not listen on `port` on 127.0.0.1 (zh-CN, with the --port hint), or null when it can —
 * asked before the 30–80 s build, so a port in use is said at once.
 */
export function portProblem(port: number, host = "127.0.0.1"): Promise<string | null> {
  if (port === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      resolve(
        e.code === "EADDRINUSE"
          ? `端口 ${port} 已被占用（也许演示页已经在运行）；换一个端口：${PORT_HINT}`
          : e.code === "EACCES"
            ? `没有权限使用端口 ${port}；换一个大于 1024 的端口：${PORT_HINT}`
            : `无法使用端口 ${port}（${e.code ?? e.message}）；${PORT_HINT}`,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const problem = await portProblem(args.port);
  if (problem) throw new Error(problem);
  const root = path.resolve(__dirname, "..", "..", args.dir);
  if (args.build) {
    console.log("构建中 (webpack --mode production)…");
    const r = await buildBundles({ outDir: root, verbose: true });
    console.log(`构建完成，用时 ${(r.ms / 1000).toFixed(1)} 秒。`);
  }
  const server = await startStaticServer({ root, port: args.port });
  console.log(`演示页面：${server.url}/demo.html   （Ctrl+C 停止）`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

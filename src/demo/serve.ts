/**
 * `npm run demo`: builds the bundles (production) and serves dist/ on http://127.0.0.1:PORT
 * (default 3100; `--port 0` picks a free one). Ctrl+C stops it.
 *
 *   npm run demo                       build + serve
 *   npm run demo -- --no-build         serve the existing dist/
 *   npm run demo -- --port 8080
 */
import { buildBundles } from "./build";
import { startStaticServer } from "./staticServer";
import path from "path";

interface Args {
  build: boolean;
  port: number;
  dir: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { build: true, port: Number(process.env.PORT ?? 3100), dir: "dist" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-build") args.build = false;
    else if (a === "--port") args.port = Number(argv[++i]);
    else if (a.startsWith("--port=")) args.port = Number(a.slice(7));
    else if (a === "--dir") args.dir = argv[++i];
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
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

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * Builds the bundles with the project's webpack config (in a child process, so callers such as
 * jest workers don't load webpack themselves). `ensureBuilt` skips the build when nothing that
 * goes into the bundles changed since the last build into the same directory, and serialises
 * concurrent builders with a lock directory.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
const STAMP = ".build-stamp";
const INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "package-lock.json"];

export interface BuildOptions {
  outDir?: string;
  mode?: "production" | "development";
  /** Production source maps (default true; the browser tests turn them off to build faster). */
  sourceMaps?: boolean;
  /** Inherit stdio (CLI) instead of capturing it (tests). */
  verbose?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** Wall time of the webpack run; 0 when an up-to-date build was reused. */
  ms: number;
  reused: boolean;
}

/** Runs webpack once. Rejects with webpack's output when the build fails. */
export function buildBundles(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(REPO_ROOT, options.outDir ?? "dist");
  const mode = options.mode ?? "production";
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const args = [cli, "--mode", mode, "--env", `outDir=${outDir}`];
    if (options.sourceMaps === false) args.push("--env", "sourceMaps=false");
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: options.verbose ? "inherit" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: mode },
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve({ outDir, ms: Date.now() - started, reused: false });
      else reject(new Error(`webpack failed (exit ${code}):\n${output.slice(-8000)}`));
    });
  });
}

/** Hash of every file that goes into the bundles, plus the build mode. */
export function inputsHash(mode: string): string {
  const h = createHash("sha256").update(mode);
  const walk = (rel: string) => {
    const abs = path.join(REPO_ROOT, rel);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) walk(path.join(rel, name));
    } else {
      h.update(rel).update("\0").update(readFileSync(abs)).update("\0");
    }
  };
  for (const input of INPUTS) walk(input);
  return h.digest("hex");
}

/** Builds into `outDir` unless its stamp says the same inputs were built already. */
export async function ensureBuilt(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(REPO_ROOT, options.outDir ?? "dist");
  const mode = options.mode ?? "production";
  const lock = `${outDir}.lock`;
  mkdirSync(path.dirname(outDir), { recursive: true });
  await acquire(lock);
  try {
    const hash = inputsHash(`${mode}:${options.sourceMaps === false ? "nomaps" : "maps"}`);
    const stampFile = path.join(outDir, STAMP);
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash && existsSync(path.join(outDir, "demo.html"))) {
      return { outDir, ms: 0, reused: true };
    }
    const result = await buildBundles({ ...options, outDir, mode });
    writeFileSync(stampFile, hash);
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function acquire(lock: string, staleMs = 10 * 60_000): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > staleMs) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** webpack.config.js: the dev server is HTTPS only and says clearly what to run when the certificate is missing. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  devServerHttps(paths?: {
    cert: string;
    key: string;
    ca: string;
  }): { type: string; options: Record<string, Buffer> } | undefined;
  devCertPaths(): { cert: string; key: string; ca: string };
};

describe("webpack.config.js dev server certificates", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-certs-"));
  const paths = { cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key"), ca: path.join(dir, "ca.crt") };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("takes the paths from office-addin-dev-certs (a direct devDependency)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies["office-addin-dev-certs"]).toBeDefined();
    expect(config.devCertPaths().cert).toMatch(/\.office-addin-dev-certs[\\/]localhost\.crt$/);
  });

  it("fails with the command to run when the certificate is missing (no fallback to http)", () => {
    expect(() => config.devServerHttps(paths)).toThrow(/缺少本地开发用的 HTTPS 证书[\s\S]*npx office-addin-dev-certs install/);
  });

  it("serves https with the certificate, key and CA when they exist", () => {
    fs.writeFileSync(paths.cert, "CERT");
    fs.writeFileSync(paths.key, "KEY");
    fs.writeFileSync(paths.ca, "CA");
    const server = config.devServerHttps(paths);
    expect(server?.type).toBe("https");
    expect(server?.options.cert.toString()).toBe("CERT");
    expect(server?.options.key.toString()).toBe("KEY");
  });
});

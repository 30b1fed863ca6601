/** `npm run demo`: a bad --port is a zh-CN usage error, and a port in use is said before the long build (probe 3 D16). */
import net from "net";
import { parseArgs, portProblem } from "../../src/demo/serve";

describe("npm run demo arguments", () => {
  it("reads --port, --port=, --no-build and --dir; refuses what is not a port or not an option", () => {
    expect(parseArgs(["--port", "8080", "--no-build"], {})).toEqual({ build: false, port: 8080, dir: "dist" });
    expect(parseArgs(["--port=0", "--dir", "x"], {})).toEqual({ build: true, port: 0, dir: "x" });
    expect(parseArgs([], { PORT: "4000" }).port).toBe(4000);
    expect(() => parseArgs(["--port", "abc"], {})).toThrow("--port “abc”不是有效的端口号（0–65535 的整数）");
    expect(() => parseArgs(["--port=70000"], {})).toThrow(/不是有效的端口号/);
    expect(() => parseArgs(["--port"], {})).toThrow(/不是有效的端口号/);
    expect(() => parseArgs(["--prot", "1"], {})).toThrow("不认识的参数“--prot”");
  });

  it("a port in use is named with the --port hint; a free one and port 0 pass", async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      expect(await portProblem(port)).toBe(
        `端口 ${port} 已被占用（也许演示页已经在运行）；换一个端口：npm run demo -- --port 8080（或 --port 0 自动选一个空闲端口）`,
      );
    } finally {
      await new Promise((r) => busy.close(r));
    }
    expect(await portProblem(port)).toBeNull();
    expect(await portProblem(0)).toBeNull();
  });
});

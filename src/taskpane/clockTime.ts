/**
 * "14:05:09" for the pane's 检查时间 — written out by hand rather than with Date.prototype.toLocaleTimeString, which
 * fails in WPS 加载项 on Linux (wpsjs 1.4.10 changelog: "去掉js接口toLocaleDateString()和toLocaleTimeString(),
 * 解决linux环境下调用该接口报错的问题"); the pane bundle for WPS must not contain it (tests/wps/bundle.test.ts).
 */
export function clockTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

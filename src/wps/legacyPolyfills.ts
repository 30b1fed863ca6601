/**
 * The few newer built-ins the pane's code and libraries may call, for WPS's older embedded Chromium (WPS 12.1.0.26200
 * lacks crypto.randomUUID, Chrome 92 — pi-for-excel issue #620): defined only where missing. Syntax is handled by the
 * build (webpack.wps.config.js transpiles the whole bundle to ES2017).
 */
const define = (target: object, name: string, value: unknown) => {
  if (!(name in target)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
};

define(Array.prototype, "at", function at(this: unknown[], i: number) {
  const n = Math.trunc(i) || 0;
  return this[n < 0 ? this.length + n : n];
});
define(String.prototype, "at", function at(this: string, i: number) {
  const n = Math.trunc(i) || 0;
  return this.charAt(n < 0 ? this.length + n : n) || undefined;
});
define(Object, "hasOwn", (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
define(String.prototype, "replaceAll", function replaceAll(this: string, search: string | RegExp, replacement: string) {
  if (search instanceof RegExp) return this.replace(search, replacement);
  return this.split(search).join(replacement);
});
define(Array.prototype, "findLast", function findLast<T>(this: T[], pred: (v: T, i: number, a: T[]) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (pred(this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, "findLastIndex", function findLastIndex<T>(this: T[], pred: (v: T, i: number, a: T[]) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (pred(this[i], i, this)) return i;
  return -1;
});

export {};

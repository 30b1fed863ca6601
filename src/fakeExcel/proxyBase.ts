/**
 * Fake Excel — proxy machinery: load()/sync() semantics (PropertyNotLoaded before a sync, null objects, navigation
 * properties, collections with items) shared by every proxy class.
 */
import { FakeExcelError, byteSize, clone, maxVersion, notLoaded } from "./core";
import type { FakeRequestContext, SyncState } from "./batch";

/** Result of getCount() and similar. */
export class FakeClientResult<T> {
  private _has = false;
  private _value: T | undefined;
  /** @internal */
  set(v: T): void {
    this._has = true;
    this._value = v;
  }
  get value(): T {
    if (!this._has) throw notLoaded("value");
    return this._value as T;
  }
}

/** Marker returned by resolvers when the parent is a null object (the child is null too, no error). */
export const PARENT_NULL = Symbol("parent-null");
export type Resolved<M> = M | null | typeof PARENT_NULL;

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function parseLoadSpec(spec: LoadSpec): string[][] {
  let list: string[] = [];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec.flatMap((s) => s.split(","));
  else if (spec && typeof spec === "object" && spec.select) {
    list = Array.isArray(spec.select) ? spec.select : spec.select.split(",");
  }
  return list
    .map((s) => s.trim())
    .filter((s) => s && s !== "$all")
    .map((s) => s.split("/").map((p) => p.trim()));
}

export interface ProxyOptions<M> {
  kind: string;
  nullable: boolean;
  /** Keep the first resolved model (object handles), e.g. items and added objects. */
  bind: boolean;
  requires?: string;
  isAlive?: (m: M) => boolean;
}

/** What a navigation property must offer to its parent's load(). */
export interface LoadableProxy {
  loadNow(paths: string[][], st: SyncState): void;
}

export abstract class FakeProxy<M extends object> implements LoadableProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: M | null | undefined;
  private readonly children = new Map<string, LoadableProxy>();
  /** Set when Office.js would have invalidated this object's path (see {@link invalidatePath}). */
  private invalidPath: string | null = null;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => Resolved<M>,
    protected readonly opts: ProxyOptions<M>,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /**
   * @internal An object created "invalid after request" (WorksheetCollection.add) whose request failed: Office.js
   * throws InvalidObjectPath synchronously on any further call (excel-win32-16.01.debug.js :12616-12629, audit 3 N1).
   */
  invalidatePath(why: string): void {
    this.invalidPath = why;
  }

  /** @internal Throws InvalidObjectPath when the path was invalidated. */
  protected assertPathValid(): void {
    if (this.invalidPath !== null)
      throw new FakeExcelError(
        "InvalidObjectPath",
        `The object path '${this.opts.kind}' isn't working for what you're trying to do (${this.invalidPath}).`,
      );
  }

  /** @internal Model at execution time; null for a null object; throws ItemNotFound when required. */
  resolveModel(): M | null {
    let m: Resolved<M>;
    if (this.opts.bind && this.bound !== undefined) m = this.bound;
    else {
      m = this.resolver();
      if (this.opts.bind && m !== PARENT_NULL) this.bound = m;
    }
    if (m === PARENT_NULL) return null;
    if (m !== null && this.opts.isAlive && !this.opts.isAlive(m)) m = null;
    if (m === null) {
      if (!this.opts.nullable)
        throw new FakeExcelError("ItemNotFound", `${this.opts.kind}: the requested resource doesn't exist.`);
      return null;
    }
    return m;
  }

  /** @internal */
  bindTo(m: M): void {
    this.bound = m;
  }

  /** @internal resolver for children: parent null → child null. */
  protected childResolver<C>(f: (m: M) => C | null): () => Resolved<C> {
    return () => {
      const m = this.resolveModel();
      return m === null ? PARENT_NULL : f(m);
    };
  }

  protected get requires(): string | undefined {
    return this.opts.requires;
  }

  /** Options of a non-null child proxy: this proxy's API version, or `since` when that is newer. */
  protected childOptions<C>(kind: string, since?: string): ProxyOptions<C> {
    return { kind, nullable: false, bind: false, requires: since ? maxVersion(this.requires, since) : this.requires };
  }

  /** Scalar properties and how to read them from the model. */
  protected abstract props(): Record<string, (m: M) => unknown>;

  /** Navigation properties (child proxies). */
  protected nav(_name: string): LoadableProxy | undefined {
    return undefined;
  }

  protected child<P extends LoadableProxy>(name: string, make: () => P): P {
    let c = this.children.get(name) as P | undefined;
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c;
  }

  protected get<T>(name: string): T {
    if (this.nullState === true) {
      throw new FakeExcelError(
        "InvalidObjectPath",
        `${this.opts.kind} is a null object; check isNullObject before reading '${name}'.`,
      );
    }
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  load(spec?: LoadSpec): this {
    this.assertPathValid();
    const paths = parseLoadSpec(spec);
    this.context.enqueue({
      label: `${this.opts.kind}.load(${paths.map((p) => p.join("/")).join(",")})`,
      requires: this.requires,
      run: (st) => this.loadNow(paths, st),
    });
    return this;
  }

  /** @internal */
  loadNow(paths: string[][], st: SyncState): void {
    const m = this.resolveModel();
    const groups = new Map<string, string[][]>();
    const scalars: string[] = [];
    const props = this.props();
    const wanted = paths.length === 0 ? Object.keys(props).map((k) => [k]) : paths;
    for (const [head, ...rest] of wanted) {
      if (rest.length === 0 && head in props) scalars.push(head);
      else {
        const g = groups.get(head) ?? [];
        if (rest.length) g.push(rest);
        groups.set(head, g);
      }
    }
    for (const [head, rest] of groups) {
      const c = this.nav(head);
      if (!c) throw new FakeExcelError("InvalidArgument", `${this.opts.kind} has no property '${head}'.`);
      c.loadNow(rest, st);
    }
    if (m === null) {
      st.commits.push(() => {
        this.nullState = true;
      });
      return;
    }
    const got: [string, unknown][] = scalars.map((k) => [k, clone(props[k](m))]);
    for (const [, v] of got) st.responseBytes += byteSize(v);
    st.commits.push(() => {
      this.nullState = false;
      for (const [k, v] of got) this.loaded.set(k, v);
    });
  }

  /** Queues a write or method call; a null object ignores it (Office's *OrNullObject idiom). */
  protected queue(label: string, apply: (m: M, st: SyncState) => void, extra: { requires?: string; bytes?: number } = {}): void {
    this.assertPathValid();
    this.context.enqueue({
      label: `${this.opts.kind}.${label}`,
      requires: maxVersion(this.requires, extra.requires),
      requestBytes: extra.bytes,
      run: (st) => {
        const m = this.resolveModel();
        if (m === null) return;
        apply(m, st);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export abstract class FakeCollectionProxy<M extends object, P extends FakeProxy<M>> extends FakeProxy<M[]> {
  private itemProxies = new Map<M, P>();
  private loadedItems: P[] | undefined;

  protected abstract makeItem(m: M): P;

  protected itemFor(m: M, _index: number): P {
    let p = this.itemProxies.get(m);
    if (!p) {
      p = this.makeItem(m);
      p.bindTo(m);
      this.itemProxies.set(m, p);
    }
    return p;
  }

  /** Hook: a collection may refuse to load (known Excel faults). */
  protected beforeItemsLoad(_list: M[], _itemPaths: string[][]): void {}

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  protected props(): Record<string, (m: M[]) => unknown> {
    return {};
  }

  override loadNow(paths: string[][], st: SyncState): void {
    const list = this.resolveModel() ?? [];
    const itemPaths: string[][] = [];
    for (const p of paths.length ? paths : [["items"]]) {
      if (p[0] !== "items")
        throw new FakeExcelError("InvalidArgument", `Collection load path must start with items/: ${p.join("/")}`);
      if (p.length > 1) itemPaths.push(p.slice(1));
    }
    this.beforeItemsLoad(list, itemPaths);
    const proxies = list.map((m, i) => this.itemFor(m, i));
    for (const p of proxies) p.loadNow(itemPaths, st);
    st.commits.push(() => {
      this.loadedItems = proxies;
    });
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context.enqueue({
      label: `${this.opts.kind}.getCount()`,
      requires: this.requires,
      run: (st) => {
        const n = (this.resolveModel() ?? []).length;
        st.commits.push(() => r.set(n));
      },
    });
    return r;
  }
}

// Built-ins newer than ES2017 that our code calls, for EdgeHTML (Office 2016/2019 retail without WebView2:
// https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins). The build
// lowers syntax to ES2017 but cannot add methods; these are the ones the pane's code uses (ES2019).
// Imported first by index.tsx; each is defined only where missing.

function define<T extends object>(proto: T, name: string, value: unknown): void {
  if (!(name in proto)) Object.defineProperty(proto, name, { value, writable: true, configurable: true });
}

define(Array.prototype, "flatMap", function flatMap<T, U>(this: T[], f: (v: T, i: number, a: T[]) => U | U[], thisArg?: unknown): U[] {
  const out: U[] = [];
  for (let i = 0; i < this.length; i++) {
    const r = f.call(thisArg, this[i], i, this);
    if (Array.isArray(r)) for (const x of r) out.push(x);
    else out.push(r);
  }
  return out;
});
define(Array.prototype, "flat", function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  const walk = (a: unknown[], d: number): void => {
    for (const x of a) if (Array.isArray(x) && d > 0) walk(x, d - 1);
    else out.push(x);
  };
  walk(this, depth);
  return out;
});
define(String.prototype, "trimStart", function trimStart(this: string): string {
  return this.replace(/^\s+/, "");
});
define(String.prototype, "trimEnd", function trimEnd(this: string): string {
  return this.replace(/\s+$/, "");
});
define(Object, "fromEntries", function fromEntries(entries: Iterable<[PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});

export {};

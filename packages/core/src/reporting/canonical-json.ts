/**
 * One text for one JSON value, whatever the order its object keys were built in: keys sorted (by UTF-16
 * code units, as `Array.prototype.sort` does), no whitespace, arrays in their order. A submission
 * snapshot's checksum is the SHA-256 of this text, so it can be verified after a round trip through a
 * `Json` column (PostgreSQL's jsonb does not keep key order).
 *
 * Only JSON values: `undefined` members are dropped as JSON.stringify does; non-finite numbers, bigints,
 * functions and dates are refused (convert dates to ISO strings first), since they do not survive JSON.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`Not a JSON number: ${value}`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError(`Not a plain JSON object: ${Object.prototype.toString.call(value)}`);
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`Not a JSON value: ${typeof value}`);
  }
}

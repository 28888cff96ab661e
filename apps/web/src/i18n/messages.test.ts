import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(messagesFor("en")).sort()).toEqual(keys(messagesFor("vi")).sort());
  });

  it("have no empty text", () => {
    for (const locale of ["vi", "en"] as const) {
      const empty = keys(messagesFor(locale)).filter((k) => {
        const v = k
          .split(".")
          .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], messagesFor(locale));
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});

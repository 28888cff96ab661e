import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    const a = { b: 1, a: [{ y: "ý", x: null }, 2], c: { e: true, d: "đ" } };
    const b = { c: { d: "đ", e: true }, a: [{ x: null, y: "ý" }, 2], b: 1 };
    expect(canonicalJson(a)).toBe('{"a":[{"x":null,"y":"ý"},2],"b":1,"c":{"d":"đ","e":true}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it("matches JSON.parse round trips (a jsonb column reorders keys)", () => {
    const value = { updates: [{ taskCode: "II.4.a", percent: 60, results: "8/15 huyện" }], year: 2026 };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it("drops undefined members as JSON does, and writes undefined array slots as null", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it("refuses what JSON cannot carry", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date() })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});

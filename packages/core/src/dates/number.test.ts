import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, NO_NUMBER } from "./number";

describe("formatNumber", () => {
  it.each([
    [1234.5, undefined, "1.234,5"],
    [1234, undefined, "1.234"],
    [1234567.891, undefined, "1.234.567,89"],
    [0.5, undefined, "0,5"],
    [-1234.567, undefined, "-1.234,57"],
    [1234.5, 2, "1.234,50"],
    [1234.56, 0, "1.235"],
    [-0.001, 1, "0,0"], // no "-0,0"
    [12, undefined, "12"],
    [Number.NaN, undefined, NO_NUMBER],
    [Number.POSITIVE_INFINITY, undefined, NO_NUMBER],
  ])("%d (digits %s) -> %s", (n, digits, text) => {
    expect(formatNumber(n, digits)).toBe(text);
  });

  it("formats English with English separators", () => {
    expect(formatNumber(1234.5, undefined, "en")).toBe("1,234.5");
  });
});

describe("formatPercent", () => {
  it.each([
    [45, "45%"],
    [45.5, "45,5%"],
    [45.55, "45,6%"],
    [100, "100%"],
    [0, "0%"],
    [33.3333, "33,3%"],
    [-0.01, "0%"],
    [Number.NaN, NO_NUMBER],
  ])("%d -> %s", (n, text) => {
    expect(formatPercent(n)).toBe(text);
  });

  it("formats English", () => {
    expect(formatPercent(45.5, "en")).toBe("45.5%");
  });
});

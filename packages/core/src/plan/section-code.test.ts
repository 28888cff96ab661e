import { describe, expect, it } from "vitest";
import { compareSectionCodes } from "./section-code";

describe("compareSectionCodes", () => {
  it("sorts a plan's codes into document order", () => {
    const shuffled = [
      "III.1",
      "II.4.đ",
      "I",
      "II.10",
      "II.4.d",
      "II.2",
      "IV",
      "II",
      "II.4.e",
      "II.4.a",
      "III",
      "IX",
      "V",
    ];
    expect([...shuffled].sort(compareSectionCodes)).toEqual([
      "I",
      "II",
      "II.2",
      "II.4.a",
      "II.4.d",
      "II.4.đ",
      "II.4.e",
      "II.10",
      "III",
      "III.1",
      "IV",
      "V",
      "IX",
    ]);
  });

  it("puts a parent before its children", () => {
    expect(compareSectionCodes("II.4", "II.4.a")).toBeLessThan(0);
    expect(compareSectionCodes("II.4.a", "II.4")).toBeGreaterThan(0);
    expect(compareSectionCodes("II.4", "II.4")).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { countByCategory, countByDisplayCategory } from "./count";
import type { OfficialCategory } from "./types";

describe("countByCategory", () => {
  it("has every key, zeros included", () => {
    expect(countByCategory([])).toEqual({
      COMPLETED_ON_TIME: 0,
      COMPLETED_LATE: 0,
      IN_PROGRESS_ON_TIME: 0,
      OVERDUE: 0,
      RECURRING: 0,
    });
  });

  it("counts, and the counts add up to the number of tasks", () => {
    const categories: OfficialCategory[] = ["OVERDUE", "RECURRING", "OVERDUE", "COMPLETED_ON_TIME"];
    const counts = countByCategory(categories);
    expect(counts).toEqual({
      COMPLETED_ON_TIME: 1,
      COMPLETED_LATE: 0,
      IN_PROGRESS_ON_TIME: 0,
      OVERDUE: 2,
      RECURRING: 1,
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(categories.length);
  });

  it("refuses a value outside the enumeration rather than losing it", () => {
    expect(() => countByCategory(["DONE" as OfficialCategory])).toThrow(RangeError);
  });
});

describe("countByDisplayCategory", () => {
  it("adds the not-reported bucket", () => {
    expect(countByDisplayCategory(["NOT_REPORTED", "NOT_REPORTED", "OVERDUE"])).toEqual({
      COMPLETED_ON_TIME: 0,
      COMPLETED_LATE: 0,
      IN_PROGRESS_ON_TIME: 0,
      OVERDUE: 1,
      RECURRING: 0,
      NOT_REPORTED: 2,
    });
  });
});

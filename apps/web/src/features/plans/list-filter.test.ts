import { describe, expect, it } from "vitest";
import { planListFilterFrom } from "./list-filter";

describe("plans page filter", () => {
  it("reads status, focal agency, year and query", () => {
    expect(planListFilterFrom({ status: "EXPIRED", focal: "c123", year: "2024", q: " rừng " })).toEqual({
      status: "EXPIRED",
      focal: "c123",
      year: 2024,
      q: "rừng",
    });
  });

  it("drops what is malformed and bounds the query", () => {
    const filter = planListFilterFrom({
      status: "BOGUS",
      focal: "x'; drop",
      year: "20x4",
      q: "a".repeat(500),
    });
    expect(filter).toEqual({ q: "a".repeat(100) });
    expect(planListFilterFrom({ status: ["ACTIVE", "EXPIRED"], year: "" })).toEqual({ status: "ACTIVE" });
  });
});

import { describe, expect, it } from "vitest";
import { formatDate } from "./format";
import { agencyDeadline, reportDueDate } from "./reporting";
import { daysUntil, vnDate } from "./vn-time";

describe("reportDueDate", () => {
  it.each([
    [2026, 5, 12, "05/12/2026"],
    [2021, 5, 12, "05/12/2021"],
    [2027, 31, 1, "31/01/2027"],
  ])("year %i, day %i, month %i -> %s", (year, day, month, text) => {
    const due = reportDueDate(year, day, month);
    expect(formatDate(due)).toBe(text);
    expect(due.getTime()).toBe(vnDate(year, month, day).getTime());
  });

  it("throws for a rule that names no real day", () => {
    expect(() => reportDueDate(2026, 30, 2)).toThrow(RangeError);
  });
});

describe("agencyDeadline", () => {
  const due = reportDueDate(2026, 5, 12);
  it.each([
    [0, "05/12/2026"],
    [10, "25/11/2026"],
    [5, "30/11/2026"],
    [35, "31/10/2026"],
  ])("offset %i -> %s", (offset, text) => {
    const deadline = agencyDeadline(due, offset);
    expect(formatDate(deadline)).toBe(text);
    expect(daysUntil(due, deadline)).toBe(offset);
  });

  it.each([-1, 1.5, Number.NaN])("rejects offset %d", (offset) => {
    expect(() => agencyDeadline(due, offset)).toThrow(RangeError);
  });
});

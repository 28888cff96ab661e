import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/server/action-errors";
import { changePeriodStateSchema, openPeriodSchema } from "./schema";

const valid = {
  planId: "cplan123",
  year: "2027",
  cutoffDate: "15/11/2027",
  agencyDeadline: "25/11/2027",
  reportDueDate: "05/12/2027",
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = openPeriodSchema.safeParse(input);
  return parsed.success
    ? {}
    : zodFieldErrors(parsed.error, [
        "year",
        "slot",
        "cutoffDate",
        "agencyDeadline",
        "reportDueDate",
      ] as const);
};

describe("openPeriodSchema", () => {
  it("turns dd/MM/yyyy into calendar days, whatever the process zone", () => {
    expect(openPeriodSchema.parse(valid)).toEqual({
      slot: { cycle: "ANNUAL", index: 1 },
      planId: "cplan123",
      year: 2027,
      cutoffDate: "2027-11-15",
      agencyDeadline: "2027-11-25",
      reportDueDate: "2027-12-05",
    });
    expect(openPeriodSchema.parse({ ...valid, reportDueDate: " 5/12/2027 " }).reportDueDate).toBe(
      "2027-12-05",
    );
  });

  it("names the field at fault with a message key", () => {
    expect(errorsOf({ ...valid, year: "" })).toEqual({ year: "yearRequired" });
    expect(errorsOf({ ...valid, year: "27" })).toEqual({ year: "yearInvalid" });
    expect(errorsOf({ ...valid, year: "1999" })).toEqual({ year: "yearInvalid" });
    expect(errorsOf({ ...valid, cutoffDate: "" })).toEqual({ cutoffDate: "dateRequired" });
    expect(errorsOf({ ...valid, cutoffDate: "31/02/2027" })).toEqual({ cutoffDate: "dateInvalid" });
    expect(errorsOf({ ...valid, agencyDeadline: "2027-11-25" })).toEqual({ agencyDeadline: "dateInvalid" });
    expect(errorsOf({ ...valid, cutoffDate: "26/11/2027" })).toEqual({ cutoffDate: "cutoffAfterDeadline" });
    expect(errorsOf({ ...valid, agencyDeadline: "06/12/2027" })).toEqual({
      agencyDeadline: "deadlineAfterDue",
    });
    expect(errorsOf({ ...valid, reportDueDate: "05/12/2072" })).toEqual({ reportDueDate: "dateOutOfYear" });
  });

  it("reads which period of the year: a cycle and its index, the year's own when absent", () => {
    expect(openPeriodSchema.parse({ ...valid, slot: "MONTHLY-11" }).slot).toEqual({
      cycle: "MONTHLY",
      index: 11,
    });
    expect(openPeriodSchema.parse({ ...valid, slot: "" }).slot).toEqual({ cycle: "ANNUAL", index: 1 });
    expect(errorsOf({ ...valid, slot: "WEEKLY-1" })).toEqual({ slot: "periodInvalid" });
  });

  it("accepts equal dates", () => {
    const sameDay = { ...valid, cutoffDate: "05/12/2027", agencyDeadline: "05/12/2027" };
    expect(openPeriodSchema.safeParse(sameDay).success).toBe(true);
  });

  it("refuses a malformed plan id", () => {
    expect(openPeriodSchema.safeParse({ ...valid, planId: "../x" }).success).toBe(false);
  });
});

describe("changePeriodStateSchema", () => {
  it("takes a period id and two known states", () => {
    expect(
      changePeriodStateSchema.safeParse({ periodId: "cp1", from: "OPEN", to: "COMPILING" }).success,
    ).toBe(true);
    expect(changePeriodStateSchema.safeParse({ periodId: "cp1", from: "OPEN", to: "DONE" }).success).toBe(
      false,
    );
    expect(changePeriodStateSchema.safeParse({ periodId: "", from: "OPEN", to: "CLOSED" }).success).toBe(
      false,
    );
  });
});

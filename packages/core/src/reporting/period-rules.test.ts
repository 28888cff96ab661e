import { describe, expect, it } from "vitest";
import { PERIOD_STATES, type PeriodState } from "../workflow/states";
import {
  isPeriodTransitionAllowed,
  nextPeriodYear,
  periodCountdown,
  periodDatesOutOfRange,
  periodTransitionsFrom,
  periodYearBounds,
} from "./period-rules";

describe("period transitions", () => {
  const allowed: [PeriodState, PeriodState][] = [
    ["OPEN", "COMPILING"],
    ["COMPILING", "FINALIZED"],
    ["COMPILING", "OPEN"],
    ["FINALIZED", "CLOSED"],
  ];

  it.each(
    PERIOD_STATES.flatMap((from) => PERIOD_STATES.map((to) => [from, to] as [PeriodState, PeriodState])),
  )("%s → %s", (from, to) => {
    const expected = allowed.some(([a, b]) => a === from && b === to);
    expect(isPeriodTransitionAllowed(from, to)).toBe(expected);
    expect(periodTransitionsFrom(from).includes(to)).toBe(expected);
  });

  it("offers the way forward before the way back", () => {
    expect(periodTransitionsFrom("COMPILING")).toEqual(["FINALIZED", "OPEN"]);
    expect(periodTransitionsFrom("CLOSED")).toEqual([]);
  });
});

describe("periodYearBounds", () => {
  it("runs from the plan's year to next year", () => {
    expect(periodYearBounds(2020, 2026)).toEqual({ min: 2020, max: 2027 });
  });
  it("never ends before it starts", () => {
    expect(periodYearBounds(2030, 2026)).toEqual({ min: 2030, max: 2030 });
  });
});

describe("periodDatesOutOfRange", () => {
  const dates = { cutoffDate: "2026-11-15", agencyDeadline: "2026-11-25", reportDueDate: "2026-12-05" };
  it("accepts the default dates and a due day early next year", () => {
    expect(periodDatesOutOfRange(dates, 2026)).toBe(false);
    expect(periodDatesOutOfRange({ ...dates, reportDueDate: "2027-01-05" }, 2026)).toBe(false);
    expect(periodDatesOutOfRange({ ...dates, cutoffDate: "2025-12-16" }, 2026)).toBe(false);
  });
  it("catches a mistyped year", () => {
    expect(periodDatesOutOfRange({ ...dates, reportDueDate: "2062-12-05" }, 2026)).toBe(true);
    expect(periodDatesOutOfRange({ ...dates, cutoffDate: "2024-12-31" }, 2026)).toBe(true);
    expect(periodDatesOutOfRange(dates, 2028)).toBe(true);
  });
});

describe("periodCountdown", () => {
  // UTC midnight, as @db.Date columns hold days; "now" at 23:30 in Vietnam on 28/11/2026.
  const period = {
    agencyDeadline: new Date("2026-11-25T00:00:00Z"),
    reportDueDate: new Date("2026-12-05T00:00:00Z"),
  };
  const now = new Date("2026-11-28T16:30:00Z");

  it("counts Vietnam calendar days to both deadlines while open", () => {
    expect(periodCountdown({ ...period, state: "OPEN" }, now)).toEqual({ agencyDeadline: -3, reportDue: 7 });
  });
  it("stops counting the agencies' deadline once compiling, and everything once finalized", () => {
    expect(periodCountdown({ ...period, state: "COMPILING" }, now)).toEqual({
      agencyDeadline: null,
      reportDue: 7,
    });
    expect(periodCountdown({ ...period, state: "FINALIZED" }, now)).toEqual({
      agencyDeadline: null,
      reportDue: null,
    });
    expect(periodCountdown({ ...period, state: "CLOSED" }, now)).toEqual({
      agencyDeadline: null,
      reportDue: null,
    });
  });
  it("says 0 on the day itself, in Vietnam, at any hour", () => {
    const lateOnTheDay = new Date("2026-12-05T16:59:00Z"); // 23:59 in Vietnam
    expect(periodCountdown({ ...period, state: "COMPILING" }, lateOnTheDay).reportDue).toBe(0);
    const justAfter = new Date("2026-12-05T17:00:00Z"); // 00:00 on 06/12 in Vietnam
    expect(periodCountdown({ ...period, state: "COMPILING" }, justAfter).reportDue).toBe(-1);
  });
});

describe("nextPeriodYear", () => {
  const bounds = { min: 2020, max: 2027 };
  it("proposes the current year while it has no period", () => {
    expect(nextPeriodYear([], 2026, bounds)).toBe(2026);
    expect(nextPeriodYear([2021, 2022], 2026, bounds)).toBe(2026);
  });
  it("proposes the year after the latest once the current year has one", () => {
    expect(nextPeriodYear([2021, 2026, 2025], 2026, bounds)).toBe(2027);
  });
  it("stays within the bounds", () => {
    expect(nextPeriodYear([2026, 2027], 2026, bounds)).toBe(2027);
    expect(nextPeriodYear([], 2019, bounds)).toBe(2020);
  });
});

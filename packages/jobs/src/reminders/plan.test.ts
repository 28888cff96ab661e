import { WorkingCalendar } from "@plan-tracker/core/calendar";
import { describe, expect, it } from "vitest";
import {
  agencyReminders,
  compilerReminders,
  dueOccurrences,
  isoWeek,
  milestoneReached,
  type PeriodFacts,
  weeklyDigest,
  workingDaysLeft,
} from "./plan";

const calendar = new WorkingCalendar();

const period: PeriodFacts = {
  id: "p26",
  planId: "plan182",
  planSymbol: "182/KH-UBND",
  period: "năm 2026",
  state: "OPEN",
  agencyDeadline: "2026-11-25", // Wednesday
  reportDueDate: "2026-12-05", // Saturday
  compilers: ["c1"],
  agencies: [
    { id: "stc", name: "Sở Tài chính", state: null, recipients: ["a1", "s1"] },
    { id: "syt", name: "Sở Y tế", state: "DRAFT", recipients: ["a2"] },
    { id: "sgd", name: "Sở Giáo dục và Đào tạo", state: "RETURNED", recipients: ["s3"] },
    { id: "snv", name: "Sở Nội vụ", state: "SUBMITTED", recipients: ["a4"] },
    { id: "stp", name: "Sở Tư pháp", state: "ACCEPTED", recipients: ["a5"] },
    { id: "nobody", name: "Ban Dân tộc", state: null, recipients: [] },
  ],
};

const keysOn = (today: string, p: PeriodFacts = period) =>
  agencyReminders(p, today, calendar).map((o) => o.key);

describe("milestones", () => {
  it("takes the last milestone reached", () => {
    expect([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1].map((n) => milestoneReached(n, [7, 3, 1]))).toEqual([
      null,
      null,
      7,
      7,
      7,
      7,
      3,
      3,
      1,
      1,
      null,
    ]);
  });

  it("counts working days left so that addWorkingDays(deadline, -n) is the n-th day before", () => {
    for (const deadline of ["2026-11-25", "2026-12-05", "2026-02-23", "2026-09-02"]) {
      for (const n of [1, 3, 7]) {
        const day = calendar.addWorkingDays(deadline, -n);
        expect(workingDaysLeft(day, deadline, calendar)).toBe(n);
      }
    }
  });
});

describe("agencyReminders", () => {
  it("goes out 7, 3 and 1 working days before the deadline, to agencies that have not submitted", () => {
    expect(keysOn("2026-11-13")).toEqual([]); // 8 working days before
    expect(keysOn("2026-11-16")).toEqual(["agency:p26:stc:d-7", "agency:p26:syt:d-7", "agency:p26:sgd:d-7"]);
    expect(keysOn("2026-11-17")).toEqual(keysOn("2026-11-16")); // same occurrence: nothing new
    expect(keysOn("2026-11-20")[0]).toBe("agency:p26:stc:d-3");
    expect(keysOn("2026-11-24")[0]).toBe("agency:p26:stc:d-1");
    expect(keysOn("2026-11-25")[0]).toBe("agency:p26:stc:d-1"); // deadline day itself: still on time
  });

  it("goes out on every working day after the deadline", () => {
    const late = agencyReminders(period, "2026-11-30", calendar);
    expect(late.map((o) => o.key)).toEqual([
      "agency:p26:stc:late:2026-11-30",
      "agency:p26:syt:late:2026-11-30",
      "agency:p26:sgd:late:2026-11-30",
    ]);
    expect(late[0]?.message).toMatchObject({ workingDaysLeft: null, workingDaysLate: 3 });
    expect(late[0]?.userIds).toEqual(["a1", "s1"]);
    expect(late[0]?.link).toBe("/periods/p26/submission");
  });

  it("stays quiet once the period is no longer open", () => {
    expect(keysOn("2026-11-30", { ...period, state: "COMPILING" })).toEqual([]);
  });

  it("skips the days off across Tết (7 working days before 27/2/2026 is 11/2)", () => {
    const tet = { ...period, agencyDeadline: "2026-02-27" };
    expect(keysOn("2026-02-10", tet)).toEqual([]);
    expect(keysOn("2026-02-11", tet)[0]).toBe("agency:p26:stc:d-7");
  });
});

describe("compilerReminders", () => {
  it("tells the compiler what is missing before a due date on a Saturday", () => {
    expect(compilerReminders(period, "2026-11-25", calendar)).toEqual([]);
    const [d7] = compilerReminders(period, "2026-11-26", calendar);
    expect(d7?.key).toBe("compiler:p26:d-7");
    expect(d7?.message).toMatchObject({
      notSubmitted: 4,
      awaitingReview: 1,
      total: 6,
      notSubmittedNames: ["Ban Dân tộc", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Y tế"],
    });
    expect(compilerReminders(period, "2026-12-04", calendar)[0]?.key).toBe("compiler:p26:d-1");
  });

  it("says nothing when every report is accepted", () => {
    const done = { ...period, agencies: period.agencies.map((a) => ({ ...a, state: "ACCEPTED" as const })) };
    expect(compilerReminders(done, "2026-12-04", calendar)).toEqual([]);
  });
});

describe("weeklyDigest", () => {
  it("is keyed by ISO week, so it goes out on the week's first working day only", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-11-29")).toBe("2026-W48");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    const monday = weeklyDigest(period, ["l1"], "2026-11-23", calendar);
    const tuesday = weeklyDigest(period, ["l1"], "2026-11-24", calendar);
    expect(monday[0]?.key).toBe("digest:p26:2026-W48");
    expect(tuesday[0]?.key).toBe(monday[0]?.key);
    expect(monday[0]?.message).toMatchObject({
      notStarted: 2,
      drafting: 1,
      returned: 1,
      submitted: 1,
      accepted: 1,
    });
  });
});

describe("dueOccurrences", () => {
  const facts = { periods: [period], leaders: ["l1"] };

  it("sends nothing on a weekend or holiday", () => {
    expect(dueOccurrences(facts, new Date("2026-11-28T08:00:00+07:00"), calendar)).toEqual([]);
  });

  it("reads the instant in Vietnam: 23:30 UTC on Sunday is Monday 06:30 in Vietnam", () => {
    const kinds = dueOccurrences(facts, new Date("2026-11-29T23:30:00Z"), calendar).map((o) => o.kind);
    expect(kinds).toEqual([
      "reminder.agency",
      "reminder.agency",
      "reminder.agency",
      "reminder.compiler",
      "digest.weekly",
    ]);
  });
});

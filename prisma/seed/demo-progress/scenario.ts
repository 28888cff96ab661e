/**
 * Who reported what, when. Past years: every provincial agency with something to report sent its report
 * and the focal agency accepted it. 2026 (open, agency deadline 25/11/2026 passed): a realistic mix, late
 * agencies included, so that "who has not submitted" and the return flow have something to show.
 */

export type DemoSubmissionState = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export interface OpenYearPlan {
  state: DemoSubmissionState;
  /** Vietnam local times "2026-11-24T15:20". */
  submittedAt?: string;
  reviewedAt?: string;
  returnReason?: string;
  /** A draft still being written: only these tasks' reports exist so far. */
  onlyTasks?: string[];
  /** Last change of a draft. */
  lastActivityAt?: string;
}

/** Agencies absent here have reported nothing yet in 2026 (UBND TP Rạch Giá among them). */
export const OPEN_YEAR_PLAN: Record<string, OpenYearPlan> = {
  STNMT: { state: "SUBMITTED", submittedAt: "2026-11-24T15:20" },
  SKHDT: {
    state: "DRAFT",
    onlyTasks: ["II.1.b", "II.2.a", "II.4.a"],
    lastActivityAt: "2026-11-27T16:45",
  },
  SNNPTNT: {
    state: "RETURNED",
    submittedAt: "2026-11-23T10:05",
    reviewedAt: "2026-11-26T09:40",
    returnReason:
      "Đề nghị bổ sung diện tích rừng trồng mới năm 2026 (nội dung II.4.b.16) và khối lượng thực hiện các công trình đê, kè (nội dung II.4.b.6); phần khó khăn, vướng mắc cần nêu kiến nghị cụ thể, gửi lại trước ngày 30/11/2026.",
  },
  SCT: { state: "ACCEPTED", submittedAt: "2026-11-20T09:30", reviewedAt: "2026-11-24T14:10" },
  STC: { state: "ACCEPTED", submittedAt: "2026-11-19T16:05", reviewedAt: "2026-11-23T10:20" },
  STTTT: { state: "SUBMITTED", submittedAt: "2026-11-27T08:50" },
  BCHQS: { state: "SUBMITTED", submittedAt: "2026-11-25T11:15" },
  "UBND-HATIEN": { state: "ACCEPTED", submittedAt: "2026-11-18T10:40", reviewedAt: "2026-11-24T15:30" },
  "UBND-CHAUTHANH": { state: "ACCEPTED", submittedAt: "2026-11-21T14:00", reviewedAt: "2026-11-25T09:15" },
  "UBND-PHUQUOC-TP": { state: "SUBMITTED", submittedAt: "2026-11-25T16:30" },
  "UBND-GIONGRIENG": { state: "SUBMITTED", submittedAt: "2026-11-26T10:10" },
};

/** Agencies whose coordinators' contributions are shown whenever they coordinate (they have demo accounts). */
export const DEMO_AGENCIES = ["STNMT", "SKHDT", "SNNPTNT", "UBND-RACHGIA"];

/** Kinds of organization that report to the focal agency (central bodies and party organs do not). */
export const REPORTING_KINDS = ["DEPARTMENT", "DISTRICT_PC", "MILITARY", "COMMITTEE"];

/** A Vietnam local time "2026-11-24T15:20" as an instant. */
export function vnTime(local: string): Date {
  return new Date(`${local}:00+07:00`);
}

import type { Localized } from "../locale";

/** An agency's report for a period (Báo cáo của cơ quan). */
export const SUBMISSION_STATES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** A plan's reporting period for one year (Kỳ báo cáo). */
export const PERIOD_STATES = ["OPEN", "COMPILING", "FINALIZED", "CLOSED"] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** The focal agency's consolidated report (Báo cáo tổng hợp). */
export const REPORT_STATES = ["DRAFT", "FINAL", "SENT"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const submissionStateLabel: Readonly<Record<SubmissionState, Localized>> = {
  DRAFT: { vi: "Nháp", en: "Draft" },
  SUBMITTED: { vi: "Đã gửi", en: "Submitted" },
  RETURNED: { vi: "Bị trả lại", en: "Returned" },
  ACCEPTED: { vi: "Đã tiếp nhận", en: "Accepted" },
};

export const periodStateLabel: Readonly<Record<PeriodState, Localized>> = {
  OPEN: { vi: "Đang mở", en: "Open" },
  COMPILING: { vi: "Đang tổng hợp", en: "Compiling" },
  FINALIZED: { vi: "Đã chốt", en: "Finalized" },
  CLOSED: { vi: "Đã đóng", en: "Closed" },
};

export const reportStateLabel: Readonly<Record<ReportState, Localized>> = {
  DRAFT: { vi: "Dự thảo", en: "Draft" },
  FINAL: { vi: "Đã chốt", en: "Final" },
  SENT: { vi: "Đã gửi", en: "Sent" },
};

/** Until the agency submits (or after the focal agency returns it), its updates are its own drafts. */
export function isAgencyPrivate(state: SubmissionState): boolean {
  return state === "DRAFT" || state === "RETURNED";
}

/**
 * Whether the agency may still change its report: while the period is OPEN and the report is a draft or
 * returned; and during COMPILING for a returned report, since the focal agency returns reports while it
 * compiles and the agency must be able to answer.
 */
export function isAgencyEditable(submissionState: SubmissionState, periodState: PeriodState): boolean {
  if (periodState === "OPEN") return isAgencyPrivate(submissionState);
  return periodState === "COMPILING" && submissionState === "RETURNED";
}

export type SubmissionEvent = "SUBMIT" | "RETURN" | "ACCEPT";

const SUBMISSION_TRANSITIONS: Readonly<
  Record<SubmissionEvent, Partial<Record<SubmissionState, SubmissionState>>>
> = {
  SUBMIT: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  RETURN: { SUBMITTED: "RETURNED" },
  ACCEPT: { SUBMITTED: "ACCEPTED" },
};

/** The state an event leads to, or null when the event is not allowed from `state` (answer CONFLICT). */
export function nextSubmissionState(state: SubmissionState, event: SubmissionEvent): SubmissionState | null {
  return SUBMISSION_TRANSITIONS[event][state] ?? null;
}

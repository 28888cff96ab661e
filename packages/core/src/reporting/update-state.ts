import type { SubmissionState } from "../workflow/states";

/** What "Việc của tôi" shows for one task: the agency's own progress on it in the open period. */
export type MyUpdateState = "NOT_UPDATED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export const MY_UPDATE_STATES: readonly MyUpdateState[] = [
  "NOT_UPDATED",
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "ACCEPTED",
];

/**
 * An update has no state of its own: it follows its agency's submission. A task without an update is
 * "chưa cập nhật" while the agency is still writing; once the report went out without it, it stays so.
 */
export function myUpdateState(hasUpdate: boolean, submissionState: SubmissionState | null): MyUpdateState {
  if (!hasUpdate) return "NOT_UPDATED";
  return submissionState ?? "DRAFT";
}

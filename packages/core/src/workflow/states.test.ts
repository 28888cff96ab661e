import { describe, expect, it } from "vitest";
import {
  isAgencyEditable,
  nextSubmissionState,
  PERIOD_STATES,
  type PeriodState,
  SUBMISSION_STATES,
  type SubmissionEvent,
  type SubmissionState,
} from "./states";

describe("isAgencyEditable", () => {
  const editable = new Set(["OPEN/DRAFT", "OPEN/RETURNED", "COMPILING/RETURNED"]);
  const cases = PERIOD_STATES.flatMap((period) =>
    SUBMISSION_STATES.map(
      (submission) => [period, submission, editable.has(`${period}/${submission}`)] as const,
    ),
  );
  it.each(cases)(
    "period %s, submission %s -> %s",
    (period: PeriodState, submission: SubmissionState, expected) => {
      expect(isAgencyEditable(submission, period)).toBe(expected);
    },
  );
});

describe("nextSubmissionState", () => {
  const allowed: Record<string, SubmissionState> = {
    "DRAFT/SUBMIT": "SUBMITTED",
    "RETURNED/SUBMIT": "SUBMITTED",
    "SUBMITTED/RETURN": "RETURNED",
    "SUBMITTED/ACCEPT": "ACCEPTED",
  };
  const events: SubmissionEvent[] = ["SUBMIT", "RETURN", "ACCEPT"];
  const cases = SUBMISSION_STATES.flatMap((state) =>
    events.map((event) => [state, event, allowed[`${state}/${event}`] ?? null] as const),
  );
  it.each(cases)("%s + %s -> %s", (state, event, expected) => {
    expect(nextSubmissionState(state, event)).toBe(expected);
  });
});

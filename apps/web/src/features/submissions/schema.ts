import { z } from "zod";

/** Ids as Prisma makes them (cuid): anything else is refused before it reaches a query. */
export const idSchema = z
  .string({ error: "invalidId" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalidId" });

const digestSchema = z.string({ error: "invalidDigest" }).regex(/^[0-9a-f]{64}$/, { error: "invalidDigest" });

export const COVER_SUMMARY_MAX = 10_000;

/** Typed text as it is kept: NFC (Vietnamese typed on different keyboards compares equal), LF line ends, trimmed. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const coverSummarySchema = z
  .string({ error: "coverInvalid" })
  .transform(normalizeText)
  .pipe(z.string().max(COVER_SUMMARY_MAX, { error: "coverTooLong" }));

/** The cover summary form (save as draft), checked again on the server. Messages are keys under `submission.errors`. */
export const saveCoverSchema = z.object({
  periodId: idSchema,
  organizationId: idSchema,
  coverSummary: coverSummarySchema,
  /** Digest of the cover summary the form started from: a save over someone else's change is refused. */
  coverBase: digestSchema,
});

export type SaveCoverInput = z.output<typeof saveCoverSchema>;

/** Submitting: the cover summary as typed, and the digest of the updates the approver reviewed. */
export const submitSchema = saveCoverSchema.extend({ reviewedDigest: digestSchema });

export type SubmitInput = z.output<typeof submitSchema>;

/** Why a workflow step was refused although the actor may take it in principle (AppError details.reason). */
export const WORKFLOW_REFUSALS = [
  "contentChanged",
  "coverChanged",
  "alreadySubmitted",
  "notEditable",
  "nothingToSubmit",
  "notAwaitingReview",
  "newerSnapshot",
] as const;
export type WorkflowRefusal = (typeof WORKFLOW_REFUSALS)[number];

export function isWorkflowRefusal(value: unknown): value is WorkflowRefusal {
  return typeof value === "string" && (WORKFLOW_REFUSALS as readonly string[]).includes(value);
}

import { z } from "zod";

/**
 * The update form's contract, shared by the browser editor, the PUT /api/v1/updates route and API
 * tokens. Error messages are keys of the "update.errors" catalog, translated where they are shown.
 */
export const REPORTED_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "COMPLETED",
  "DONE_THIS_YEAR",
  "BLOCKED",
] as const;

export const TEXT_LIMIT = 20_000;

/** "trong kỳ" (this period's results) or "lũy kế" (everything so far); the report says which. */
export const RESULT_SCOPES = ["PERIOD", "CUMULATIVE"] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid" })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: "dateInvalid",
    },
  );

const longText = z.string().max(TEXT_LIMIT, { error: "textTooLong" });

export const citedDocumentSchema = z.object({
  symbol: z.string().trim().min(1, { error: "citedSymbolRequired" }).max(120, { error: "textTooLong" }),
  issuedOn: isoDate.nullable(),
  issuer: z.string().trim().max(200, { error: "textTooLong" }),
  summary: z.string().trim().max(1000, { error: "textTooLong" }),
});

export const indicatorValueSchema = z.object({
  indicatorId: z.string().min(1),
  value: z.number({ error: "numberInvalid" }).finite({ error: "numberInvalid" }),
  note: z.string().trim().max(500, { error: "textTooLong" }),
});

export const updateFieldsSchema = z.object({
  status: z.enum(REPORTED_STATUSES, { error: "statusInvalid" }),
  percent: z
    .number()
    .int({ error: "percentInvalid" })
    .min(0, { error: "percentInvalid" })
    .max(100, { error: "percentInvalid" })
    .nullable(),
  completedOn: isoDate.nullable(),
  results: longText,
  /** Absent (an older API client): this period's results. */
  resultScope: z.enum(RESULT_SCOPES, { error: "resultScopeInvalid" }).default("PERIOD"),
  difficulties: longText,
  proposals: longText,
  citedDocuments: z.array(citedDocumentSchema).max(50, { error: "tooManyDocuments" }),
  indicatorValues: z.array(indicatorValueSchema).max(50),
});

export const saveUpdateSchema = updateFieldsSchema
  .extend({
    periodId: z.string().min(1),
    taskId: z.string().min(1),
    /** Null for the task itself; an action item's id for that item. */
    actionItemId: z.string().min(1).nullable(),
    /** The agency the update belongs to (the actor must be its staff or approver). */
    organizationId: z.string().min(1),
    /** The version the edit started from; 0 for a new update. A stale one is refused (409). */
    expectedVersion: z.number().int().min(0),
  })
  .superRefine((value, ctx) => {
    if (value.status === "COMPLETED" && !value.completedOn) {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "completedOnRequired" });
    }
    if (value.status !== "COMPLETED" && value.completedOn) {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "completedOnOnlyWhenCompleted" });
    }
    if (value.status === "BLOCKED" && value.difficulties.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["difficulties"], message: "difficultiesRequiredWhenBlocked" });
    }
  });

export type SaveUpdateInput = z.infer<typeof saveUpdateSchema>;
export type UpdateFields = z.infer<typeof updateFieldsSchema>;

/** The subject key stored with an update: the task itself, or one of its action items. */
export function subjectKeyOf(actionItemId: string | null): string {
  return actionItemId ?? "task";
}

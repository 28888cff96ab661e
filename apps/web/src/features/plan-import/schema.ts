import { reviewedPlanSchema } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { z } from "zod";

/** Ids as Prisma makes them (cuid). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Pasted text: a long plan with its appendix is well under 1 MB of text. */
export const PASTE_MAX_CHARS = 2_000_000;

/**
 * The upload form: a file or pasted text (a file wins when both are given), and for a re-import the plan
 * it revises. Error messages are keys under `planImport.errors`.
 */
export const uploadSchema = z.object({
  planId: idSchema.optional(),
  text: z.string().max(PASTE_MAX_CHARS, { error: "TEXT_TOO_LONG" }).default(""),
  file: z.instanceof(File).optional(),
  /** A file was chosen but is empty (an unused file field has no name with an extension). */
  emptyFileChosen: z.boolean().default(false),
});

/** Confirming a review: the draft and the plan as edited (JSON, checked field by field). */
export const confirmSchema = z.object({
  draftId: idSchema,
  reviewed: z
    .string()
    .max(10_000_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "VALIDATION" });
        return z.NEVER;
      }
    })
    .pipe(reviewedPlanSchema),
});

export const applySchema = z.object({
  draftId: idSchema,
  createOrganizations: z.enum(["on"]).optional(),
});

/** Why the upload itself was refused (the reason of a VALIDATION refusal); each a key under `planImport.errors`. */
export const UPLOAD_REFUSALS = [
  "EMPTY",
  "TOO_LARGE",
  "UNZIPPED_TOO_LARGE",
  "PDF_NOT_SUPPORTED",
  "IMAGE_NOT_SUPPORTED",
  "LEGACY_DOC",
  "UNREADABLE",
  "NOT_A_PLAN",
  "NO_INPUT",
  "TEXT_TOO_LONG",
] as const;

/** Codes the upload form shows; each has a message under `planImport.errors`. */
export type UploadErrorCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "UNZIPPED_TOO_LARGE"
  | "PDF_NOT_SUPPORTED"
  | "IMAGE_NOT_SUPPORTED"
  | "LEGACY_DOC"
  | "UNREADABLE"
  | "NOT_A_PLAN"
  | "NO_INPUT"
  | "TEXT_TOO_LONG"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INTERNAL";

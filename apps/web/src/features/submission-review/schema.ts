import { z } from "zod";
import { idSchema, normalizeText } from "@/features/submissions/schema";

export const RETURN_REASON_MIN = 10;
export const RETURN_REASON_MAX = 2000;

/** The snapshot the compiler read: a decision is refused if the agency has sent a newer one since. */
const sequenceSchema = z.coerce
  .number({ error: "invalidSequence" })
  .int({ error: "invalidSequence" })
  .positive({ error: "invalidSequence" });

/** Trả lại: the reason is required (10–2000 characters). Messages are keys under `review.errors`. */
export const returnSubmissionSchema = z.object({
  periodId: idSchema,
  organizationId: idSchema,
  sequence: sequenceSchema,
  reason: z
    .string({ error: "reasonRequired" })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, { error: "reasonRequired" })
        .min(RETURN_REASON_MIN, { error: "reasonTooShort" })
        .max(RETURN_REASON_MAX, { error: "reasonTooLong" }),
    ),
});

export type ReturnSubmissionInput = z.output<typeof returnSubmissionSchema>;

/** Tiếp nhận. */
export const acceptSubmissionSchema = z.object({
  periodId: idSchema,
  organizationId: idSchema,
  sequence: sequenceSchema,
});

export type AcceptSubmissionInput = z.output<typeof acceptSubmissionSchema>;

/** Nhắc: one agency, or (no organizationId) every agency that has not sent its report. */
export const remindSchema = z.object({
  periodId: idSchema,
  organizationId: idSchema.nullable(),
});

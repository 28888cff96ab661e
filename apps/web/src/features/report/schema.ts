import { z } from "zod";
import { idSchema } from "@/features/submissions/schema";

/** The report row's version the form was read at: a save from an older page is refused, never merged. */
const versionSchema = z.coerce.number({ error: "staleVersion" }).int().positive({ error: "staleVersion" });
const isoDay = z.iso.date({ error: "invalidDate" });
const line = (max: number) => z.string().trim().max(max, { error: "tooLong" });

export const BLOCK_TEXT_MAX = 20_000;

export const compileReportSchema = z.object({ periodId: idSchema });

export const saveBlockSchema = z.object({
  periodId: idSchema,
  version: versionSchema,
  key: z
    .string()
    .regex(
      /^(introduction|nextYear|difficulties:summary|proposals:summary|section:[^:]{1,40}:summary|task:[^:]{1,40}:results)$/,
      {
        error: "unknownBlock",
      },
    ),
  text: z.string().max(BLOCK_TEXT_MAX, { error: "tooLong" }),
});
export type SaveBlockInput = z.output<typeof saveBlockSchema>;

export const saveSettingsSchema = z.object({
  periodId: idSchema,
  version: versionSchema,
  number: line(20).regex(/^[0-9]*$/, { error: "numberDigits" }),
  documentDate: z.union([z.literal(""), isoDay]).transform((v) => v || null),
  signerAuthority: line(100),
  signerTitle: line(100),
  signerName: line(100),
  recipients: z
    .string()
    .max(4000, { error: "tooLong" })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*[-–•]\s*/, "").trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(300, { error: "tooLong" })).max(30, { error: "tooMany" })),
});
export type SaveSettingsInput = z.output<typeof saveSettingsSchema>;

export const finalizeReportSchema = z.object({ periodId: idSchema, version: versionSchema });
export const reopenReportSchema = z.object({ periodId: idSchema, version: versionSchema });
export const markSentSchema = z.object({
  periodId: idSchema,
  version: versionSchema,
  number: line(20).regex(/^[0-9]+$/, { error: "numberRequired" }),
  sentOn: isoDay,
});
export type MarkSentInput = z.output<typeof markSentSchema>;

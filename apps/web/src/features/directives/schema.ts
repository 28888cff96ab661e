import { z } from "zod";

export const DIRECTIVE_MAX = 4000;
const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : undefined));

/** Message keys (under directives.errors) are the zod messages: the form shows them as they are. */
export const createDirectiveSchema = z
  .object({
    planId: id,
    taskId: optionalId,
    organizationId: optionalId,
    body: z.string().trim().min(5, "body").max(DIRECTIVE_MAX, "body"),
    dueDate: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), "dueDate"),
  })
  .refine((v) => v.taskId !== undefined || v.organizationId !== undefined, {
    message: "target",
    path: ["organizationId"],
  });
export type CreateDirectiveInput = z.infer<typeof createDirectiveSchema>;

export const answerDirectiveSchema = z.object({
  directiveId: id,
  response: z.string().trim().min(2, "response").max(DIRECTIVE_MAX, "response"),
});
export type AnswerDirectiveInput = z.infer<typeof answerDirectiveSchema>;

export const closeDirectiveSchema = z.object({ directiveId: id });

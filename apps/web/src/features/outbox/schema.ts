import { z } from "zod";

export const outboxPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
export const outboxIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+$/);

import { z } from "zod";
import { emailField } from "@/features/accounts/schema";

export const ROLES = ["ADMIN", "LEADER", "COMPILER", "APPROVER", "STAFF", "VIEWER"] as const;
export const PAGE_SIZE = 50;

/** The list's filters, from the address bar: anything unexpected falls back to "no filter". */
export const userFiltersSchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  org: z.string().trim().max(40).catch("").default(""),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["all", "active", "locked"]).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type UserFilters = z.infer<typeof userFiltersSchema>;

export const userIdSchema = z.object({ userId: z.string().min(1).max(40) });

export const userLockSchema = userIdSchema.extend({
  locked: z.enum(["0", "1"]).transform((v) => v === "1"),
});

export const createUserSchema = z.object({
  email: emailField,
  name: z
    .string({ error: "nameRequired" })
    .trim()
    .min(1, { error: "nameRequired" })
    .max(120, { error: "nameTooLong" }),
  organizationId: z
    .string({ error: "organizationRequired" })
    .min(1, { error: "organizationRequired" })
    .max(40),
  role: z.enum(ROLES, { error: "roleRequired" }),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

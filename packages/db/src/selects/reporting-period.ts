import type { Prisma } from "../generated/prisma/client";

/** A reporting period's own facts: its plan, year, state and the three days (@db.Date, UTC midnight). */
export const periodFieldsSelect = {
  id: true,
  planId: true,
  year: true,
  cycle: true,
  index: true,
  state: true,
  cutoffDate: true,
  agencyDeadline: true,
  reportDueDate: true,
} as const satisfies Prisma.ReportingPeriodSelect;

export type PeriodFields = Prisma.ReportingPeriodGetPayload<{ select: typeof periodFieldsSelect }>;

import type { Prisma } from "../generated/prisma/client";

/** A plan's document as issued and its reporting rule: the plan page's and the API's header. */
export const planDocumentSelect = {
  id: true,
  number: true,
  symbol: true,
  documentType: true,
  title: true,
  issuedOn: true,
  place: true,
  signerName: true,
  signerTitle: true,
  preamble: true,
  closing: true,
  recipients: true,
  validFromYear: true,
  validToYear: true,
  status: true,
  reportDueDay: true,
  reportDueMonth: true,
  agencyDeadlineOffsetDays: true,
  reportingRuleText: true,
  reportingCycles: true,
} as const satisfies Prisma.PlanSelect;

/** A plan's legal life, as its pages' banner and the lifecycle form show it. */
export const planLifecycleSelect = {
  status: true,
  endedOn: true,
  replacedByText: true,
  replacedBy: { select: { id: true, symbol: true } },
} as const satisfies Prisma.PlanSelect;

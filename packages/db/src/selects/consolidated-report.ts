import type { Prisma } from "../generated/prisma/client";

/**
 * What is printed over a compiled report model: the report's particulars (number, date, signer,
 * recipients) and the compiler's edits (narrative, parsed with core's narrativeSchema).
 */
export const reportParticularsSelect = {
  number: true,
  symbol: true,
  documentDate: true,
  signerAuthority: true,
  signerTitle: true,
  signerName: true,
  recipients: true,
  narrative: true,
} as const satisfies Prisma.ConsolidatedReportSelect;

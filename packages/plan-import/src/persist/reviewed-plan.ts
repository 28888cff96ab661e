/**
 * The plan as the compiler confirms it: what the review screen edits and what `createPlanFromImport` and
 * `applyPlanDiff` write. Organizations are referred to by directory code; organizations the document names
 * but the directory lacks are listed in `newOrganizations` (with a code made up here) once confirmed.
 * Shaped like the seed's SeedPlan so that a parse of plan 182 can be compared with the seed field by field.
 */

import { REPORTING_CYCLES } from "@plan-tracker/core/reporting/period-key";
import { z } from "zod";
import { coordinatorScopeSchema, organizationKindSchema, timeKindSchema } from "../schema";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày phải có dạng yyyy-MM-dd" });
const orgCode = z.string().trim().min(1).max(60);
const year = z.number().int().min(1990).max(2100);
const text = (max: number) => z.string().max(max);

export const PLAN_DOCUMENT_TYPES = [
  "KE_HOACH",
  "QUYET_DINH",
  "CHUONG_TRINH",
  "CHI_THI",
  "CONG_VAN",
  "OTHER",
] as const;

export const genericCoordinatorSchema = z.object({
  phrase: text(500).min(1),
  scope: coordinatorScopeSchema,
});

export const reviewedActionItemSchema = z.object({
  code: z.string().min(1).max(80),
  content: text(20_000).min(1),
  timeText: z.string().max(500).nullable(),
});

export const reviewedTaskSchema = z.object({
  code: z.string().trim().min(1).max(60),
  label: z.string().max(20).nullable(),
  heading: text(5_000).nullable(),
  content: text(100_000).trim().min(1, { error: "Nội dung nhiệm vụ không được để trống" }),
  sectionCode: z.string().min(1).max(60),
  /** Null only with a generic lead (leadScope) or while the compiler has still to choose one. */
  leadCode: orgCode.nullable(),
  leadImplied: z.boolean(),
  leadText: text(5_000),
  leadScope: coordinatorScopeSchema.nullable(),
  leadScopePhrase: z.string().max(500).nullable(),
  coordinatorCodes: z.array(orgCode).max(200),
  genericCoordinators: z.array(genericCoordinatorSchema).max(50),
  kind: timeKindSchema,
  /** The time phrases as printed; the review screen edits them joined with "; ". */
  timeTexts: z.array(z.string().max(500)).max(50),
  dueDate: isoDate.nullable(),
  periodStartYear: year.nullable(),
  periodEndYear: year.nullable(),
  actionItems: z.array(reviewedActionItemSchema).max(500),
  /** The parser's confidence (1 when typed by the compiler): under 0.75 the review screen flags the task. */
  confidence: z.number().min(0).max(1),
  /** Offsets into sourceText, for highlighting; null for tasks typed by hand. */
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type ReviewedTask = z.infer<typeof reviewedTaskSchema>;

export const reviewedSectionSchema = z.object({
  code: z.string().trim().min(1).max(60),
  number: z.string().max(20),
  heading: text(5_000),
  body: text(200_000),
  parentCode: z.string().nullable(),
  order: z.number().int().min(1),
});
export type ReviewedSection = z.infer<typeof reviewedSectionSchema>;

export const newOrganizationSchema = z.object({
  code: orgCode.regex(/^[A-Z0-9-]+$/, { error: "Mã cơ quan chỉ gồm chữ in hoa không dấu, số và gạch nối" }),
  name: text(300).trim().min(3),
  kind: organizationKindSchema,
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

const reviewedPlanObject = z.object({
  /** "182/KH-UBND": number and symbol as issued. */
  symbol: z.string().trim().min(3).max(60).nullable(),
  documentType: z.enum(PLAN_DOCUMENT_TYPES),
  issuedOn: isoDate.nullable(),
  place: text(200),
  issuerCode: orgCode.nullable(),
  signerName: text(200),
  signerTitle: text(300),
  title: text(2_000).trim().min(1, { error: "Trích yếu kế hoạch không được để trống" }),
  preamble: text(50_000),
  closing: text(50_000),
  recipients: z.array(z.string().max(500)).max(100),
  focalCode: orgCode.nullable(),
  validFromYear: year,
  validToYear: year,
  /** The cycles the plan reports on, from its reporting rule ("6 tháng và năm": SEMIANNUAL, ANNUAL). */
  reportingCycles: z.array(z.enum(REPORTING_CYCLES)).min(1).max(4),
  reportDueDay: z.number().int().min(1).max(31).nullable(),
  reportDueMonth: z.number().int().min(1).max(12).nullable(),
  reportingRuleText: text(10_000),
  basisDocuments: z
    .array(
      z.object({
        symbol: z.string().min(1).max(200),
        issuedOn: isoDate.nullable(),
        issuerName: z.string().max(300),
        title: text(5_000),
      }),
    )
    .max(100),
  sections: z.array(reviewedSectionSchema).max(2_000),
  tasks: z.array(reviewedTaskSchema).min(1).max(5_000),
  /** Proposed organizations the compiler confirmed; tasks refer to them by these codes. */
  newOrganizations: z.array(newOrganizationSchema).max(200),
  sourceText: z.string().max(5_000_000),
});

/**
 * Drafts saved before plans had several cycles hold one `reportingFrequency`: read as that one cycle, so an
 * import under review when the product was updated is not lost.
 */
function upgradeStored(value: unknown): unknown {
  if (typeof value !== "object" || value === null || "reportingCycles" in value) return value;
  const { reportingFrequency, ...rest } = value as { reportingFrequency?: unknown };
  return { ...rest, reportingCycles: [reportingFrequency ?? "ANNUAL"] };
}

export const reviewedPlanSchema = z.preprocess(upgradeStored, reviewedPlanObject);
export type ReviewedPlan = z.infer<typeof reviewedPlanObject>;

/** Issues that say a value breaks a limit (length, range, format), not that it has another shape. */
const LIMIT_ISSUES: ReadonlySet<string> = new Set([
  "too_small",
  "too_big",
  "invalid_format",
  "not_multiple_of",
]);

/**
 * A reviewed plan read back from an import draft (PlanImportDraft.reviewed, jsonb), parsed with
 * reviewedPlanSchema. A draft straight from the parser may still break the schema's limits (an empty
 * title, no task yet): the review screen shows what to fix and writing the plan validates it again, so
 * such a draft reads as it is stored. Anything of another shape is refused (a ZodError).
 */
export function readStoredReviewedPlan(value: unknown): ReviewedPlan {
  const upgraded = upgradeStored(value);
  const parsed = reviewedPlanObject.safeParse(upgraded);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.some((issue) => !LIMIT_ISSUES.has(issue.code))) throw parsed.error;
  // Only limits are broken: the value has the schema's shape, which is what this type states.
  return upgraded as ReviewedPlan;
}

/** "182/KH-UBND" → "182"; a symbol without a number part is its own number. */
export function planNumberOf(symbol: string): string {
  const slash = symbol.indexOf("/");
  return (slash > 0 ? symbol.slice(0, slash) : symbol).trim();
}

/** The task's time phrases as one editable line. */
export function deadlineLine(task: Pick<ReviewedTask, "timeTexts">): string {
  return task.timeTexts.join("; ");
}

/** Strips NUL and normalises to NFC, the form the database and the search keys expect. */
export function cleanText(value: string): string {
  return value.replaceAll("\0", "").normalize("NFC");
}

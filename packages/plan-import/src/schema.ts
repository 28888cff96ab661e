/**
 * The parser's output, as a zod schema: the CLI prints it, the review screen will render it, and the
 * tests validate every parse against it. Spans are offsets into `sourceText` (the normalised document).
 */

import type { CoordinatorScope as CoreCoordinatorScope } from "@plan-tracker/core";
import { z } from "zod";

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const confidence = z.number().min(0).max(1);

/** Same values as CoordinatorScope in @plan-tracker/core and the seed. */
export const coordinatorScopeSchema = z.enum([
  "DEPARTMENTS",
  "DISTRICTS",
  "DEPARTMENTS_AND_DISTRICTS",
  "RELATED_UNITS",
]);
export type CoordinatorScope = z.infer<typeof coordinatorScopeSchema>;
// Fails to compile if this list and core's drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const scopesMatchCore: Same<CoordinatorScope, CoreCoordinatorScope> = true;
void scopesMatchCore;

export const organizationKindSchema = z.enum([
  "PROVINCIAL_PC",
  "PARTY",
  "DEPARTMENT",
  "DISTRICT_PC",
  "MILITARY",
  "COMMITTEE",
  "CENTRAL",
  "OTHER",
]);

/** An organization as named in the document, with its directory match or a proposal to create it. */
export const orgRefSchema = z.object({
  /** As written: "Sở Tài nguyên và Môi trường", "Sở TN&MT". */
  name: z.string(),
  /** Directory code when matched. */
  code: z.string().nullable(),
  /** Directory name when matched. */
  directoryName: z.string().nullable(),
  /** Not in the directory: the review screen offers to create it. */
  proposed: z.object({ name: z.string(), kind: organizationKindSchema }).nullable(),
  /** How sure the name → directory match is. */
  matchConfidence: confidence,
  span: spanSchema,
});
export type OrgRef = z.infer<typeof orgRefSchema>;

export const genericGroupSchema = z.object({
  /** Exactly as printed: "các sở, ngành và địa phương". */
  phrase: z.string(),
  scope: coordinatorScopeSchema,
  span: spanSchema,
});
export type GenericGroupRef = z.infer<typeof genericGroupSchema>;

export const leadRuleSchema = z.enum([
  "EXPLICIT", // "X chủ trì", "Giao X chủ trì", lead column of a task table
  "EXPLICIT_CONTEXT", // "Chủ trì, …" under the heading naming X
  "HEADING_UNIT", // the unit named alone as the heading ("Bộ Chỉ huy Quân sự tỉnh:")
  "FIRST_WITH_COORDINATION", // "X phối hợp với Y …", X named first
  "INHERITED", // under a heading naming the unit, no "chủ trì" in the item
  "SUBJECT", // the unit is the subject of the sentence ("Công an tỉnh chỉ đạo …")
  "COMPILER", // "… gửi X tổng hợp": the agency compiling answers for the task
  "GENERIC", // a group ("Thủ trưởng các sở, ngành …"): each member answers for itself
]);

export const leadSchema = z.object({
  org: orgRefSchema.nullable(),
  generic: genericGroupSchema.nullable(),
  /** The verbatim words naming the lead: "Sở Thông tin và Truyền thông chủ trì". */
  text: z.string(),
  /** True when the text does not say "chủ trì" for this unit. */
  implied: z.boolean(),
  rule: leadRuleSchema,
  /** How sure the rule is that this is the lead (the name match has its own confidence). */
  confidence,
});
export type Lead = z.infer<typeof leadSchema>;

export const timeKindSchema = z.enum(["ONE_OFF", "RECURRING", "CONTINUOUS"]);
export type TimeKind = z.infer<typeof timeKindSchema>;
export const frequencySchema = z.enum(["ANNUAL", "SEMIANNUAL", "QUARTERLY", "MONTHLY"]);

export const timePhraseSchema = z.object({
  text: z.string(),
  span: spanSchema,
  kind: timeKindSchema,
  dueDate: isoDate.optional(),
  /** Yearly deadline without a year: "trước ngày 15/12 hàng năm". */
  dueDay: z.number().int().optional(),
  dueMonth: z.number().int().optional(),
  frequency: frequencySchema.optional(),
  periodStartYear: z.number().int().optional(),
  periodEndYear: z.number().int().optional(),
});
export type TimePhrase = z.infer<typeof timePhraseSchema>;

export const deadlineSchema = z.object({
  /** The time phrases of the task, verbatim, joined with "; ". */
  text: z.string(),
  kind: timeKindSchema,
  dueDate: isoDate.optional(),
  dueDay: z.number().int().optional(),
  dueMonth: z.number().int().optional(),
  frequency: frequencySchema.optional(),
  periodStartYear: z.number().int().optional(),
  periodEndYear: z.number().int().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const taskItemSchema = z.object({
  /** "II.4.đ.1": bullets ("-", "+") inside the task, numbered in order. */
  code: z.string(),
  marker: z.string(),
  content: z.string(),
  span: spanSchema,
  timeTexts: z.array(z.string()),
});

export const taskSchema = z.object({
  /** As numbered in the document: "II.4.a", "II.4.đ", "II.3", "III.1", "2", "1.đ"; table rows "PL.3". */
  code: z.string(),
  /** As printed: "a)", "1.", or null when the task is a whole unlettered section (II.3). */
  label: z.string().nullable(),
  /** The line introducing the task ("Sở X chủ trì, phối hợp với …:"), or null. */
  heading: z.string().nullable(),
  /** Verbatim task text, paragraphs joined with a blank line, without the heading. */
  content: z.string(),
  source: z.enum(["text", "table"]),
  /** Code of the section holding the task. */
  sectionCode: z.string().nullable(),
  lead: leadSchema.nullable(),
  coordinators: z.array(orgRefSchema),
  genericCoordinators: z.array(genericGroupSchema),
  kind: timeKindSchema,
  deadline: deadlineSchema.nullable(),
  /** Every time phrase of the task, verbatim, in order of appearance. */
  timeTexts: z.array(z.string()),
  items: z.array(taskItemSchema),
  /** Other columns of a task table ("Sản phẩm", "Ghi chú"), by header. */
  extra: z.record(z.string(), z.string()),
  span: spanSchema,
  /** Lowest confidence among the rules that built the task; under 0.75 the review screen flags it. */
  confidence,
});
export type ParsedTask = z.infer<typeof taskSchema>;

export const sectionSchema = z.object({
  code: z.string(),
  /** As printed: "I.", "4.". */
  number: z.string(),
  heading: z.string(),
  /** Text of the section that is not held by a child section or a task. */
  body: z.string(),
  parentCode: z.string().nullable(),
  order: z.number().int().min(1),
  span: spanSchema,
});
export type ParsedSection = z.infer<typeof sectionSchema>;

export const documentTypeSchema = z.enum([
  "KE_HOACH",
  "QUYET_DINH",
  "CHUONG_TRINH_HANH_DONG",
  "CHI_THI",
  "CONG_VAN",
  "NGHI_QUYET",
  "THONG_BAO",
  "KHAC",
]);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const basisDocumentSchema = z.object({
  /** "211-KH/TU", "4250/BNNMT-ĐCKS". */
  symbol: z.string(),
  /** "Kế hoạch", "Kết luận", "Văn bản". */
  kind: z.string(),
  issuedOn: isoDate.nullable(),
  issuerName: z.string().nullable(),
  /** Verbatim, from the document kind to the end of the clause. */
  text: z.string(),
  span: spanSchema,
});

export const reportingRuleSchema = z.object({
  focal: orgRefSchema.nullable(),
  dueDay: z.number().int().nullable(),
  dueMonth: z.number().int().nullable(),
  frequency: frequencySchema.nullable(),
  /** Every cycle the sentence names ("6 tháng và năm": SEMIANNUAL, ANNUAL), shortest first. */
  frequencies: z.array(frequencySchema).default([]),
  /** The sentence stating the rule, verbatim. */
  text: z.string(),
  span: spanSchema,
  confidence,
});
export type ReportingRule = z.infer<typeof reportingRuleSchema>;

export const warningSchema = z.object({ code: z.string(), message: z.string(), span: spanSchema.optional() });
export type ParseWarning = z.infer<typeof warningSchema>;

export const parsedPlanSchema = z.object({
  format: z.enum(["docx", "text", "markdown"]),
  documentType: documentTypeSchema,
  /** As printed: "KẾ HOẠCH". */
  documentTypeText: z.string().nullable(),
  /** "182/KH-UBND"; null when the number is left blank (a draft). */
  number: z.string().nullable(),
  /** "KH-UBND", also when the number is blank. */
  symbol: z.string().nullable(),
  issuedAt: isoDate.nullable(),
  issuedYear: z.number().int().nullable(),
  place: z.string().nullable(),
  issuer: orgRefSchema.nullable(),
  title: z.string().nullable(),
  preamble: z.string(),
  closing: z.string().nullable(),
  signer: z.object({ name: z.string().nullable(), title: z.string().nullable() }),
  recipients: z.array(z.string()),
  basisDocuments: z.array(basisDocumentSchema),
  reportingRule: reportingRuleSchema.nullable(),
  sections: z.array(sectionSchema),
  tasks: z.array(taskSchema),
  /** Organizations named in the plan that the directory lacks, once each. */
  proposedOrganizations: z.array(z.object({ name: z.string(), kind: organizationKindSchema })),
  warnings: z.array(warningSchema),
  /** The normalised text every span refers to. */
  sourceText: z.string(),
});
export type ParsedPlan = z.infer<typeof parsedPlanSchema>;

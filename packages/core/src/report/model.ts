import { z } from "zod";
import {
  OFFICIAL_CATEGORIES,
  type OfficialCategory,
  REPORTED_STATUSES,
  type ReportedStatus,
} from "../status/types";

/**
 * The consolidated report of one reporting period (báo cáo tổng hợp), as compiled from the agencies'
 * accepted submissions and the compiler's edits. Plain JSON (dates as ISO `yyyy-mm-dd` strings), so a
 * finalized version stores it as it is and every export (DOCX, XLSX, PDF, the browser) renders the same
 * model.
 */
export interface ReportModel {
  schema: typeof REPORT_MODEL_SCHEMA;
  plan: {
    id: string;
    /** As printed: "182/KH-UBND". */
    number: string;
    /** ISO date the plan was issued. */
    issuedAt: string;
    /** "Ủy ban nhân dân tỉnh Kiên Giang". */
    issuer: string;
    title: string;
  };
  period: {
    id: string;
    year: number;
    /**
     * The period and the next inside a sentence ("năm 2026", "quý IV/2026"; core's periodLabel). Absent in
     * reports compiled before periods had cycles: those were years.
     */
    label?: string;
    nextLabel?: string;
    cutoffDate: string;
    agencyDeadline: string;
    reportDueDate: string;
  };
  header: ReportHeader;
  /** The compiler's opening paragraphs, before section I. */
  introduction: TextBlock;
  overview: ReportOverview;
  /** II. Results per section and task. */
  sections: ReportSection[];
  /** III. Difficulties and obstacles, grouped by theme (section) and attributed. */
  difficulties: AttributedGroup[];
  /** The compiler's own summary of III (edited), printed before the attributed list. */
  difficultiesSummary: TextBlock;
  /** IV. Proposals and recommendations to UBND tỉnh, grouped and attributed. */
  proposals: AttributedGroup[];
  proposalsSummary: TextBlock;
  /** V. Direction for next year: written by the compiler (paragraphs, "- " lines become a list). */
  nextYear: TextBlock;
  /** Annex: every task of the plan. */
  annex: AnnexRow[];
  /** "Nơi nhận:" lines as printed, without the leading "- "; the last is the archive line ("Lưu: VT."). */
  recipients: string[];
  signer: ReportSigner;
  /** Agencies expected to report whose report was not accepted when compiled: flagged, never hidden. */
  missing: MissingAgency[];
  compiledAt: string;
}

export const REPORT_MODEL_SCHEMA = "plan-tracker/report-model@1" as const;

export interface ReportHeader {
  /** Governing body, printed above the agency: "UBND TỈNH KIÊN GIANG". */
  parentAgency: string;
  /** "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG". */
  agency: string;
  /** Number part of "Số: 123/BC-STNMT"; empty until the document is numbered (printed as a blank). */
  number: string;
  /** "BC-STNMT". */
  symbol: string;
  /** "Kiên Giang". */
  place: string;
  /** ISO date of the document; null prints the line with blanks for the day and month. */
  date: string | null;
  /** Line under "BÁO CÁO": "Kết quả thực hiện Kế hoạch số 182/KH-UBND … năm 2026". */
  summary: string;
}

export interface ReportSigner {
  /** "KT. GIÁM ĐỐC" (empty when the director signs in person). */
  authority: string;
  /** "PHÓ GIÁM ĐỐC". */
  title: string;
  name: string;
}

/**
 * A piece of narrative the compiler may edit. `generated` is what compilation proposes; `text` is what is
 * printed (the compiler's edit when there is one). `stale` says the generated text changed since the
 * compiler edited it (a submission accepted later), so the edit should be looked at again.
 */
export interface TextBlock {
  key: string;
  generated: string;
  text: string;
  edited: boolean;
  stale: boolean;
}

export type CategoryCounts = Record<OfficialCategory, number>;

export interface ReportOverview {
  taskCount: number;
  byCategory: CategoryCounts;
  /** Tasks without any accepted update in the period (still counted in a category by their due date). */
  notReported: number;
  /** Mean of the tasks' percent, where reported; null when nothing was. */
  percent: number | null;
  bySection: {
    code: string;
    title: string;
    taskCount: number;
    byCategory: CategoryCounts;
    percent: number | null;
  }[];
  agencies: {
    expected: number;
    submitted: number;
    accepted: number;
  };
}

export interface ReportSection {
  code: string;
  title: string;
  /** The compiler's paragraph about the section (generated: a one-line count summary). */
  summary: TextBlock;
  tasks: ReportTask[];
}

export interface ReportTask {
  id: string;
  code: string;
  content: string;
  lead: string | null;
  coordinators: string[];
  category: OfficialCategory;
  /** The lead's reported status; null when the lead's report was not accepted. */
  status: ReportedStatus | null;
  percent: number | null;
  /** The lead's results (edited by the compiler where needed). */
  results: TextBlock;
  /** Coordinators' contributions, attributed, in directory order. */
  contributions: Attributed[];
  /** Organizations expected to report on this task whose report was not accepted. */
  missingFrom: string[];
}

export interface Attributed {
  organizationId: string;
  organization: string;
  role: "lead" | "coordinate";
  taskCode: string | null;
  text: string;
}

export interface AttributedGroup {
  /** Section code ("II.1"), or "" for points not tied to a task. */
  code: string;
  title: string;
  items: Attributed[];
}

export interface AnnexRow {
  code: string;
  /** Shortened task content (about 200 characters, cut at a word). */
  content: string;
  lead: string;
  coordinators: string;
  category: OfficialCategory;
  percent: number | null;
  /** Summary of the results in the period (lead first, then contributions). */
  results: string;
}

export interface MissingAgency {
  organizationId: string;
  organization: string;
  /** The agency's submission state when compiled: null when it never started one. */
  state: "DRAFT" | "SUBMITTED" | "RETURNED" | null;
  taskCodes: string[];
}

/*
 * The same shape as a zod schema, to read a stored model back (ConsolidatedReport.compiledModel and
 * previousModel are jsonb): each schema is checked against its interface above by its annotation.
 */

const textBlockSchema: z.ZodType<TextBlock> = z.object({
  key: z.string(),
  generated: z.string(),
  text: z.string(),
  edited: z.boolean(),
  stale: z.boolean(),
});

const categoryCountsSchema: z.ZodType<CategoryCounts> = z.record(z.enum(OFFICIAL_CATEGORIES), z.number());

const attributedSchema: z.ZodType<Attributed> = z.object({
  organizationId: z.string(),
  organization: z.string(),
  role: z.enum(["lead", "coordinate"]),
  taskCode: z.string().nullable(),
  text: z.string(),
});

const attributedGroupSchema: z.ZodType<AttributedGroup> = z.object({
  code: z.string(),
  title: z.string(),
  items: z.array(attributedSchema),
});

const reportTaskSchema: z.ZodType<ReportTask> = z.object({
  id: z.string(),
  code: z.string(),
  content: z.string(),
  lead: z.string().nullable(),
  coordinators: z.array(z.string()),
  category: z.enum(OFFICIAL_CATEGORIES),
  status: z.enum(REPORTED_STATUSES).nullable(),
  percent: z.number().nullable(),
  results: textBlockSchema,
  contributions: z.array(attributedSchema),
  missingFrom: z.array(z.string()),
});

export const reportModelSchema: z.ZodType<ReportModel> = z.object({
  schema: z.literal(REPORT_MODEL_SCHEMA),
  plan: z.object({
    id: z.string(),
    number: z.string(),
    issuedAt: z.string(),
    issuer: z.string(),
    title: z.string(),
  }),
  period: z.object({
    id: z.string(),
    year: z.number(),
    label: z.string().optional(),
    nextLabel: z.string().optional(),
    cutoffDate: z.string(),
    agencyDeadline: z.string(),
    reportDueDate: z.string(),
  }),
  header: z.object({
    parentAgency: z.string(),
    agency: z.string(),
    number: z.string(),
    symbol: z.string(),
    place: z.string(),
    date: z.string().nullable(),
    summary: z.string(),
  }),
  introduction: textBlockSchema,
  overview: z.object({
    taskCount: z.number(),
    byCategory: categoryCountsSchema,
    notReported: z.number(),
    percent: z.number().nullable(),
    bySection: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        taskCount: z.number(),
        byCategory: categoryCountsSchema,
        percent: z.number().nullable(),
      }),
    ),
    agencies: z.object({ expected: z.number(), submitted: z.number(), accepted: z.number() }),
  }),
  sections: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      summary: textBlockSchema,
      tasks: z.array(reportTaskSchema),
    }),
  ),
  difficulties: z.array(attributedGroupSchema),
  difficultiesSummary: textBlockSchema,
  proposals: z.array(attributedGroupSchema),
  proposalsSummary: textBlockSchema,
  nextYear: textBlockSchema,
  annex: z.array(
    z.object({
      code: z.string(),
      content: z.string(),
      lead: z.string(),
      coordinators: z.string(),
      category: z.enum(OFFICIAL_CATEGORIES),
      percent: z.number().nullable(),
      results: z.string(),
    }),
  ),
  recipients: z.array(z.string()),
  signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }),
  missing: z.array(
    z.object({
      organizationId: z.string(),
      organization: z.string(),
      state: z.enum(["DRAFT", "SUBMITTED", "RETURNED"]).nullable(),
      taskCodes: z.array(z.string()),
    }),
  ),
  compiledAt: z.string(),
});

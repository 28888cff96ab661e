import { REPORTING_CYCLES } from "@plan-tracker/core/reporting/period-key";
import type { PeriodState, ReportedStatus, SubmissionState } from "@plan-tracker/db";
import { z } from "zod";
import { REPORTED_STATUSES, saveUpdateSchema } from "@/features/updates/schema";
import {
  apiSchemaRegistry,
  idSchema as id,
  idParamSchema,
  isoDateSchema as isoDate,
  organizationCodeSchema as organizationCode,
  yearSchema as year,
} from "./schemas";

/**
 * The agency reporting part of /api/v1 (periods, progress updates, agency submissions, writing an
 * update), registered in the same registry as the rest of the contract so the OpenAPI document shows it.
 * The write body is the update form's own schema (`saveUpdateSchema`): browser and API share one contract.
 */

// ---- Enumerations (kept equal to the Prisma enums by the type checks at the end of this file) ----

export const periodStateSchema = z.enum(["OPEN", "COMPILING", "FINALIZED", "CLOSED"]);
export const submissionStateSchema = z.enum(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]);
export const reportedStatusSchema = z.enum(REPORTED_STATUSES);

apiSchemaRegistry.add(periodStateSchema, {
  id: "PeriodState",
  description:
    "OPEN: đang mở, các cơ quan cập nhật; COMPILING: đang tổng hợp; FINALIZED: đã chốt; CLOSED: đã đóng.",
});
apiSchemaRegistry.add(submissionStateSchema, {
  id: "SubmissionState",
  description:
    "Báo cáo của cơ quan: DRAFT nháp, SUBMITTED đã gửi, RETURNED bị trả lại, ACCEPTED đã tiếp nhận.",
});
apiSchemaRegistry.add(reportedStatusSchema, {
  id: "ReportedStatus",
  description:
    "Tình trạng cơ quan báo cáo: NOT_STARTED chưa triển khai, IN_PROGRESS đang thực hiện, COMPLETED hoàn thành " +
    "(kèm ngày hoàn thành), DONE_THIS_YEAR đã thực hiện trong năm (nhiệm vụ hằng năm, thường xuyên), " +
    "BLOCKED gặp vướng mắc.",
});

const instant = z.iso.datetime().describe("Thời điểm, ISO 8601 (UTC).");
const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("SHA-256, 64 ký tự thập lục phân thường.");

// ---- Reporting periods ----

export const reportingPeriodSchema = z.object({
  id,
  planId: id.describe("Kế hoạch của kỳ báo cáo."),
  year,
  cycle: z
    .enum(REPORTING_CYCLES)
    .describe("Chu kỳ: MONTHLY hằng tháng, QUARTERLY hằng quý, SEMIANNUAL 6 tháng, ANNUAL hằng năm."),
  key: z.string().describe("Mã kỳ: 2026 (năm), 2026-H1 (6 tháng), 2026-Q4 (quý), 2026-11 (tháng)."),
  name: z.string().describe("Tên kỳ: “Năm 2026”, “6 tháng đầu năm 2026”, “Quý IV/2026”, “Tháng 11/2026”."),
  cutoffDate: isoDate.describe("Thời điểm chốt số liệu."),
  agencyDeadline: isoDate.describe("Hạn các cơ quan gửi báo cáo cho cơ quan đầu mối."),
  reportDueDate: isoDate.describe("Hạn báo cáo UBND tỉnh."),
  state: periodStateSchema,
});
apiSchemaRegistry.add(reportingPeriodSchema, {
  id: "ReportingPeriod",
  description:
    "Kỳ báo cáo của một kế hoạch: một năm, nửa năm, quý hoặc tháng theo chu kỳ báo cáo của kế hoạch.",
});

// ---- Progress updates ----

export const apiCitedDocumentSchema = z.object({
  symbol: z.string().describe("Số, ký hiệu, ví dụ “Công văn số 123/STNMT-MT”."),
  issuedOn: isoDate.nullable(),
  issuer: z.string().describe("Cơ quan ban hành."),
  summary: z.string().describe("Trích yếu."),
});
apiSchemaRegistry.add(apiCitedDocumentSchema, { id: "CitedDocument", description: "Văn bản liên quan." });

export const apiIndicatorValueSchema = z.object({
  indicatorId: id.describe("Chỉ tiêu của nhiệm vụ."),
  value: z.number(),
  note: z.string(),
});
apiSchemaRegistry.add(apiIndicatorValueSchema, {
  id: "IndicatorValue",
  description: "Giá trị chỉ tiêu cơ quan báo cáo.",
});

export const apiAttachmentSchema = z.object({
  id,
  fileName: z.string(),
  mimeType: z.string().describe("Loại tệp, xác định theo nội dung tệp."),
  size: z.int().min(0).describe("Kích thước, byte."),
  sha256,
  createdAt: instant,
  downloadUrl: z
    .string()
    .describe("Đường dẫn tải tệp, tương đối với máy chủ (/files/{id}); cùng quyền như đọc cập nhật."),
});
apiSchemaRegistry.add(apiAttachmentSchema, {
  id: "Attachment",
  description: "Tài liệu kiểm chứng (chỉ thông tin tệp).",
});

export const progressUpdateSchema = z.object({
  id,
  periodId: id,
  taskId: id,
  taskCode: z.string().describe("Mã nhiệm vụ, ví dụ II.4.a."),
  actionItemId: id.nullable().describe("Hạng mục công việc; null khi cập nhật cho cả nhiệm vụ."),
  actionItemCode: z.string().nullable(),
  organizationId: id.describe("Cơ quan báo cáo (chủ trì, hoặc phối hợp với phần đóng góp của mình)."),
  organizationCode,
  status: reportedStatusSchema,
  percent: z.int().min(0).max(100).nullable().describe("Tiến độ, %."),
  completedOn: isoDate.nullable().describe("Ngày hoàn thành (chỉ khi COMPLETED)."),
  results: z.string().describe("Kết quả thực hiện."),
  resultScope: z
    .enum(["PERIOD", "CUMULATIVE"])
    .describe("Kết quả trong kỳ (PERIOD) hay lũy kế đến thời điểm chốt số liệu (CUMULATIVE)."),
  carriedFrom: z
    .string()
    .nullable()
    .describe(
      "Kỳ báo cáo mà nội dung được chuyển sang khi mở kỳ (ví dụ «tháng 11/2026»), cho đến khi cơ quan lưu lại; null khi cơ quan đã tự cập nhật.",
    ),
  difficulties: z.string().describe("Khó khăn, vướng mắc."),
  proposals: z.string().describe("Đề xuất, kiến nghị."),
  citedDocuments: z.array(apiCitedDocumentSchema),
  indicatorValues: z.array(apiIndicatorValueSchema),
  attachments: z.array(apiAttachmentSchema),
  version: z
    .int()
    .min(1)
    .describe("Phiên bản; gửi lại làm expectedVersion khi sửa (phiên bản cũ bị từ chối, 409)."),
  updatedAt: instant,
  updatedByName: z.string().describe("Người cập nhật lần cuối."),
  submissionState: submissionStateSchema.describe("Trạng thái báo cáo của cơ quan trong kỳ."),
});
apiSchemaRegistry.add(progressUpdateSchema, {
  id: "ProgressUpdate",
  description: "Cập nhật tiến độ của một cơ quan cho một nhiệm vụ (hoặc hạng mục công việc) trong một kỳ.",
});

apiSchemaRegistry.add(saveUpdateSchema, {
  id: "SaveUpdateRequest",
  description: [
    "Nội dung cập nhật tiến độ, cùng hợp đồng với biểu mẫu trên trình duyệt.",
    "periodId, taskId, actionItemId (null: cả nhiệm vụ), organizationId: cơ quan báo cáo (tài khoản phải là",
    "chuyên viên hoặc lãnh đạo của cơ quan đó); expectedVersion: phiên bản đã đọc, 0 khi tạo mới.",
    "completedOn bắt buộc khi status là COMPLETED và chỉ khi đó; difficulties bắt buộc khi BLOCKED.",
    "Danh sách citedDocuments và indicatorValues thay thế toàn bộ danh sách đã lưu.",
  ].join(" "),
});

// ---- Agency submissions ----

export const submissionSnapshotSummarySchema = z.object({
  sequence: z.int().min(1).describe("Lần gửi thứ mấy."),
  sha256: sha256.describe("SHA-256 của nội dung bản chụp (JSON chuẩn hóa)."),
  submittedAt: instant,
});
apiSchemaRegistry.add(submissionSnapshotSummarySchema, {
  id: "SubmissionSnapshotSummary",
  description: "Bản chụp bất biến gần nhất của báo cáo cơ quan khi gửi.",
});

export const agencySubmissionSchema = z.object({
  id,
  periodId: id,
  organizationId: id,
  organizationCode,
  state: submissionStateSchema,
  submittedAt: instant.nullable(),
  reviewedAt: instant.nullable().describe("Thời điểm cơ quan đầu mối trả lại hoặc tiếp nhận."),
  returnReason: z.string().nullable().describe("Lý do trả lại."),
  latestSnapshot: submissionSnapshotSummarySchema.nullable(),
});
apiSchemaRegistry.add(agencySubmissionSchema, {
  id: "AgencySubmission",
  description: "Báo cáo của cơ quan trong kỳ.",
});

// ---- Envelopes ----

export const periodListResponseSchema = z.object({ data: z.array(reportingPeriodSchema) });
export const progressUpdateListResponseSchema = z.object({ data: z.array(progressUpdateSchema) });
export const progressUpdateResponseSchema = z.object({ data: progressUpdateSchema });
export const submissionListResponseSchema = z.object({ data: z.array(agencySubmissionSchema) });
export const conflictResponseSchema = z.object({
  error: z.object({
    code: z.literal("CONFLICT"),
    message: z.string().describe("Thông báo cho người dùng, tiếng Việt."),
  }),
  current: progressUpdateSchema.describe(
    "Nội dung đang lưu: đọc lại, hợp nhất với nội dung của mình, gửi lại với expectedVersion = current.version.",
  ),
});
apiSchemaRegistry.add(periodListResponseSchema, { id: "PeriodListResponse" });
apiSchemaRegistry.add(progressUpdateListResponseSchema, { id: "ProgressUpdateListResponse" });
apiSchemaRegistry.add(progressUpdateResponseSchema, { id: "ProgressUpdateResponse" });
apiSchemaRegistry.add(submissionListResponseSchema, { id: "SubmissionListResponse" });
apiSchemaRegistry.add(conflictResponseSchema, {
  id: "ConflictResponse",
  description: "Xung đột phiên bản: người khác đã lưu sau phiên bản expectedVersion; không có gì được ghi.",
});

export type ApiReportingPeriod = z.output<typeof reportingPeriodSchema>;
export type ApiProgressUpdate = z.output<typeof progressUpdateSchema>;
export type ApiAgencySubmission = z.output<typeof agencySubmissionSchema>;
export type ConflictResponse = z.output<typeof conflictResponseSchema>;

// ---- Parameters ----

const codeFilter = z.string().trim().min(1, { error: "Không được để trống." }).max(50, {
  error: "Tối đa 50 ký tự.",
});

export const periodListQuerySchema = z.object({
  planId: idParamSchema.optional().describe("Chỉ các kỳ báo cáo của kế hoạch này."),
});

export const periodPathSchema = z.object({ id: idParamSchema.describe("Mã định danh của kỳ báo cáo.") });

export const periodUpdatesQuerySchema = z.object({
  organizationCode: codeFilter.optional().describe("Chỉ cập nhật của cơ quan này (mã, ví dụ STNMT)."),
  taskCode: codeFilter
    .optional()
    .describe("Chỉ cập nhật của nhiệm vụ này (mã, ví dụ II.4.a), kể cả các hạng mục công việc của nó."),
});

export const periodSubmissionsQuerySchema = z.object({
  organizationCode: codeFilter.optional().describe("Chỉ báo cáo của cơ quan này (mã, ví dụ STNMT)."),
});

export type PeriodListQuery = z.output<typeof periodListQuerySchema>;
export type PeriodUpdatesQuery = z.output<typeof periodUpdatesQuerySchema>;
export type PeriodSubmissionsQuery = z.output<typeof periodSubmissionsQuerySchema>;

// ---- Compile-time checks: the API's enumerations are exactly the database's ----

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsMatch: [
  Same<z.output<typeof periodStateSchema>, PeriodState>,
  Same<z.output<typeof submissionStateSchema>, SubmissionState>,
  Same<z.output<typeof reportedStatusSchema>, ReportedStatus>,
] = [true, true, true];
void enumsMatch;

import { APP_ERROR_CODES } from "@plan-tracker/core";
import type {
  CoordinatorScope,
  DocumentType,
  OrganizationKind,
  PlanStatus,
  TaskKind,
} from "@plan-tracker/db";
import { z } from "zod";

/**
 * The read API's contract: every response and parameter of /api/v1 as a zod schema. The serializers are
 * typed by these schemas, the OpenAPI document is generated from them and the tests validate real
 * responses against them, so the three cannot drift apart.
 */

/** Schemas published under components.schemas, each with its component name. */
export const apiSchemaRegistry = z.registry<{ id: string; description?: string }>();

// ---- Enumerations (kept equal to the Prisma enums by the type checks at the end of this file) ----

export const planStatusSchema = z.enum(["DRAFT", "ACTIVE", "EXPIRED", "REPLACED"]);
export const documentTypeSchema = z.enum([
  "KE_HOACH",
  "QUYET_DINH",
  "CHUONG_TRINH",
  "CHI_THI",
  "CONG_VAN",
  "OTHER",
]);
export const taskKindSchema = z.enum(["ONE_OFF", "RECURRING", "CONTINUOUS"]);
export const coordinatorScopeSchema = z.enum([
  "DEPARTMENTS",
  "DISTRICTS",
  "DEPARTMENTS_AND_DISTRICTS",
  "RELATED_UNITS",
]);
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

apiSchemaRegistry.add(planStatusSchema, {
  id: "PlanStatus",
  description:
    "Hiệu lực của kế hoạch: ACTIVE đang hiệu lực (các cơ quan báo cáo), EXPIRED hết hiệu lực, REPLACED đã được thay thế bằng văn bản khác; DRAFT chưa ban hành. Ngoài hiệu lực, kế hoạch chỉ để xem.",
});
apiSchemaRegistry.add(documentTypeSchema, { id: "DocumentType", description: "Loại văn bản." });
apiSchemaRegistry.add(taskKindSchema, {
  id: "TaskKind",
  description: "ONE_OFF: có thời hạn; RECURRING: hằng năm; CONTINUOUS: thường xuyên.",
});
apiSchemaRegistry.add(coordinatorScopeSchema, {
  id: "CoordinatorScope",
  description: "Nhóm cơ quan được nêu chung (ví dụ “các sở, ngành và địa phương”).",
});
apiSchemaRegistry.add(organizationKindSchema, {
  id: "OrganizationKind",
  description: "Loại cơ quan, đơn vị.",
});

// ---- Building blocks ----

const isoDate = z.iso.date().describe("Ngày theo lịch, YYYY-MM-DD.");
const organizationCode = z.string().min(1).describe("Mã cơ quan, ví dụ STNMT.");
const id = z.string().min(1).describe("Mã định danh.");
const year = z.int().min(1900).max(2200);

/** Shared with the reporting contract (reporting-schemas.ts). */
export {
  id as idSchema,
  isoDate as isoDateSchema,
  organizationCode as organizationCodeSchema,
  year as yearSchema,
};

// ---- Plans ----

export const planSummarySchema = z.object({
  id,
  symbol: z.string().describe("Số, ký hiệu, ví dụ 182/KH-UBND."),
  title: z.string(),
  issuedOn: isoDate,
  status: planStatusSchema,
  validFromYear: year,
  validToYear: year,
  focalOrganizationCode: organizationCode.describe("Cơ quan đầu mối."),
  taskCount: z.int().min(0),
});
apiSchemaRegistry.add(planSummarySchema, { id: "PlanSummary", description: "Một kế hoạch trong danh sách." });

export const basisDocumentSchema = z.object({
  order: z.int().min(1),
  symbol: z.string(),
  issuedOn: isoDate.nullable(),
  issuerName: z.string(),
  title: z.string(),
});
apiSchemaRegistry.add(basisDocumentSchema, { id: "BasisDocument", description: "Văn bản căn cứ." });

export const sectionSchema = z.object({
  code: z.string().describe("Mã mục theo cây của kế hoạch, ví dụ II.4."),
  number: z.string().describe("Số thứ tự như văn bản ghi, ví dụ 4."),
  heading: z.string(),
  body: z.string(),
  parentCode: z.string().nullable(),
  order: z.int(),
  depth: z.int().min(0),
});
apiSchemaRegistry.add(sectionSchema, { id: "Section", description: "Mục, phần của kế hoạch." });

export const taskLeadSchema = z.object({
  organizationCode: organizationCode
    .nullable()
    .describe("Cơ quan chủ trì; null khi văn bản giao cho một nhóm chung."),
  implied: z.boolean().describe("Cơ quan chủ trì được suy ra, không ghi trực tiếp trong đoạn văn."),
  text: z.string().describe("Cụm từ chỉ cơ quan chủ trì như văn bản ghi."),
  scope: coordinatorScopeSchema.nullable().describe("Nhóm chủ trì chung khi không có cơ quan cụ thể."),
  scopePhrase: z.string().nullable(),
});
apiSchemaRegistry.add(taskLeadSchema, { id: "TaskLead", description: "Cơ quan chủ trì." });

export const genericCoordinatorSchema = z.object({
  phrase: z.string().describe("Cụm từ như văn bản ghi, ví dụ “các sở, ngành và địa phương”."),
  scope: coordinatorScopeSchema,
});
apiSchemaRegistry.add(genericCoordinatorSchema, {
  id: "GenericCoordinator",
  description: "Cơ quan phối hợp nêu chung.",
});

export const actionItemSchema = z.object({
  id,
  code: z.string(),
  content: z.string(),
  timeText: z.string().nullable(),
  dueDate: isoDate.nullable(),
});
apiSchemaRegistry.add(actionItemSchema, {
  id: "ActionItem",
  description: "Nội dung, hạng mục công việc của nhiệm vụ.",
});

export const taskPeriodSchema = z.object({ startYear: year.nullable(), endYear: year.nullable() });
apiSchemaRegistry.add(taskPeriodSchema, { id: "TaskPeriod", description: "Giai đoạn thực hiện." });

export const taskSchema = z.object({
  id,
  code: z.string().describe("Mã nhiệm vụ, ví dụ II.4.đ."),
  sectionCode: z.string(),
  label: z.string().nullable().describe("Ký hiệu như văn bản ghi, ví dụ “đ)”."),
  heading: z.string().nullable(),
  content: z.string().describe("Nội dung nguyên văn."),
  kind: taskKindSchema,
  timeTexts: z.array(z.string()).describe("Các cụm từ chỉ thời gian như văn bản ghi."),
  dueDate: isoDate.nullable(),
  period: taskPeriodSchema.nullable(),
  lead: taskLeadSchema,
  coordinatorCodes: z.array(organizationCode).describe("Cơ quan phối hợp được nêu tên."),
  genericCoordinators: z.array(genericCoordinatorSchema),
  actionItems: z.array(actionItemSchema),
});
apiSchemaRegistry.add(taskSchema, { id: "Task", description: "Nhiệm vụ." });

export const reportingRuleSchema = z.object({
  dueDay: z.int().min(1).max(31),
  dueMonth: z.int().min(1).max(12),
  agencyDeadlineOffsetDays: z.int().min(0),
  text: z.string(),
});
apiSchemaRegistry.add(reportingRuleSchema, { id: "ReportingRule", description: "Chế độ báo cáo." });

export const planDetailSchema = z.object({
  id,
  number: z.string(),
  symbol: z.string(),
  documentType: documentTypeSchema,
  title: z.string(),
  issuedOn: isoDate,
  place: z.string(),
  issuerCode: organizationCode,
  signerName: z.string(),
  signerTitle: z.string(),
  focalOrganizationCode: organizationCode,
  validFromYear: year,
  validToYear: year,
  status: planStatusSchema,
  reportingRule: reportingRuleSchema,
  preamble: z.string(),
  closing: z.string(),
  recipients: z.array(z.string()),
  basisDocuments: z.array(basisDocumentSchema),
  sections: z.array(sectionSchema),
  tasks: z.array(taskSchema),
});
apiSchemaRegistry.add(planDetailSchema, {
  id: "PlanDetail",
  description: "Kế hoạch với toàn bộ cây mục và nhiệm vụ.",
});

// ---- Organizations ----

export const organizationSchema = z.object({
  id,
  code: organizationCode,
  name: z.string(),
  shortName: z.string(),
  kind: organizationKindSchema,
  parentCode: organizationCode.nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  successorCodes: z
    .array(organizationCode)
    .describe(
      "Các cơ quan kế thừa sau khi sáp nhập, chia tách, đổi tên, theo thứ tự thời gian; rỗng khi không đổi.",
    ),
  aliases: z.array(z.string()),
});
apiSchemaRegistry.add(organizationSchema, { id: "Organization", description: "Cơ quan, đơn vị." });

// ---- Envelopes ----

export const planListResponseSchema = z.object({ data: z.array(planSummarySchema) });
export const planResponseSchema = z.object({ data: planDetailSchema });
export const organizationListResponseSchema = z.object({ data: z.array(organizationSchema) });
apiSchemaRegistry.add(planListResponseSchema, { id: "PlanListResponse" });
apiSchemaRegistry.add(planResponseSchema, { id: "PlanResponse" });
apiSchemaRegistry.add(organizationListResponseSchema, { id: "OrganizationListResponse" });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(APP_ERROR_CODES),
    message: z.string().describe("Thông báo cho người dùng, tiếng Việt."),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("Tham số không hợp lệ và lý do (chỉ với VALIDATION)."),
  }),
});
apiSchemaRegistry.add(errorResponseSchema, { id: "ErrorResponse", description: "Lỗi." });

export type PlanSummary = z.output<typeof planSummarySchema>;
export type PlanDetail = z.output<typeof planDetailSchema>;
export type ApiTask = z.output<typeof taskSchema>;
export type ApiOrganization = z.output<typeof organizationSchema>;
export type ErrorResponse = z.output<typeof errorResponseSchema>;

// ---- Parameters ----

/** Database ids are cuids; anything else is refused before it reaches a query. */
export const idParamSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Mã định danh không hợp lệ." })
  .describe("Mã định danh của kế hoạch.");

export const planPathSchema = z.object({ id: idParamSchema });

export const planListQuerySchema = z.object({
  status: z
    .enum(planStatusSchema.options, { error: "Trạng thái không hợp lệ." })
    .optional()
    .describe("Chỉ các kế hoạch ở trạng thái này."),
});

export const organizationListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, { error: "Tối đa 200 ký tự." })
    .optional()
    .describe("Tìm theo tên, tên viết tắt, tên khác; không phân biệt dấu."),
  kind: z
    .enum(organizationKindSchema.options, { error: "Loại cơ quan không hợp lệ." })
    .optional()
    .describe("Chỉ các cơ quan thuộc loại này."),
});

export type PlanListQuery = z.output<typeof planListQuerySchema>;
export type OrganizationListQuery = z.output<typeof organizationListQuerySchema>;

// ---- Compile-time checks: the API's enumerations are exactly the database's ----

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsMatch: [
  Same<z.output<typeof planStatusSchema>, PlanStatus>,
  Same<z.output<typeof documentTypeSchema>, DocumentType>,
  Same<z.output<typeof taskKindSchema>, TaskKind>,
  Same<z.output<typeof coordinatorScopeSchema>, CoordinatorScope>,
  Same<z.output<typeof organizationKindSchema>, OrganizationKind>,
] = [true, true, true, true, true];
void enumsMatch;

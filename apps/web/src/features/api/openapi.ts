import { type AppErrorCode, appErrorMessage } from "@plan-tracker/core";
import { z } from "zod";
import { myTasksQuerySchema } from "./my-tasks-schemas";
import {
  periodListQuerySchema,
  periodPathSchema,
  periodSubmissionsQuerySchema,
  periodUpdatesQuerySchema,
} from "./reporting-schemas";
import {
  apiSchemaRegistry,
  organizationListQuerySchema,
  planListQuerySchema,
  planPathSchema,
} from "./schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers answer with.
 * Pure: built in memory, no Next.js.
 */

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { description?: string; required: boolean; content: Record<string, unknown> };
  responses: Record<string, unknown>;
}

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** Response objects should accept fields added later: drop zod's `additionalProperties: false`. */
function openObjects(ctx: { jsonSchema: { additionalProperties?: unknown } }): void {
  if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
}

/**
 * The registry's schemas as components. `$schema` and `$id` are dropped from each: the document's
 * `jsonSchemaDialect` says 2020-12 once, and component names are the identities `$ref` points to.
 */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemaRegistry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    override: openObjects,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    out[name] = rest;
  }
  return out;
}

/** One OpenAPI parameter per field of a zod object (query string or path). */
function parametersOf(schema: z.ZodObject, location: "query" | "path"): OpenApiParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const {
      $schema: _dialect,
      description,
      ...json
    } = z.toJSONSchema(fieldSchema, {
      target: "draft-2020-12",
      io: "input",
    }) as JsonSchema;
    return {
      name,
      in: location,
      required: location === "path" || !fieldSchema.safeParse(undefined).success,
      ...(typeof description === "string" ? { description } : {}),
      schema: json,
    };
  });
}

const ERROR_RESPONSES: Record<string, { code: AppErrorCode; description: string }> = {
  BadRequest: {
    code: "VALIDATION",
    description:
      "Tham số hoặc nội dung yêu cầu không hợp lệ; fieldErrors nêu từng trường theo đường dẫn đầy đủ " +
      "(ví dụ citedDocuments.0.symbol).",
  },
  Unauthorized: {
    code: "UNAUTHENTICATED",
    description: "Chưa đăng nhập, hoặc mã truy cập sai, đã hết hạn, đã bị thu hồi, hay tài khoản bị khóa.",
  },
  Forbidden: { code: "FORBIDDEN", description: "Tài khoản không có quyền đọc hoặc ghi dữ liệu này." },
  NotFound: { code: "NOT_FOUND", description: "Không tìm thấy." },
  TooManyRequests: {
    code: "RATE_LIMITED",
    description:
      "Quá số yêu cầu cho phép trong một phút (mặc định 120 với mỗi mã truy cập, 600 với mỗi địa chỉ); " +
      "chờ số giây ghi trong Retry-After rồi gửi lại.",
  },
  InternalError: { code: "INTERNAL", description: "Lỗi hệ thống (chi tiết chỉ ghi ở nhật ký máy chủ)." },
};

function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([name, { code, description }]) => [
      name,
      {
        description,
        ...(code === "UNAUTHENTICATED"
          ? {
              headers: {
                "WWW-Authenticate": {
                  description: "Cách xác thực được chấp nhận.",
                  schema: { type: "string", examples: ['Bearer realm="plan-tracker"'] },
                },
              },
            }
          : code === "RATE_LIMITED"
            ? {
                headers: {
                  "Retry-After": {
                    description: "Số giây cần chờ trước khi gửi lại.",
                    schema: { type: "integer", minimum: 1, examples: [42] },
                  },
                },
              }
            : {}),
        content: {
          "application/json": {
            schema: schemaRef("ErrorResponse"),
            example: { error: { code, message: appErrorMessage(code, "vi") } },
          },
        },
      },
    ]),
  );
}

/** 409: nothing was written; the body carries what is stored now, to merge with and retry. */
function conflictResponse(): Record<string, unknown> {
  return {
    description:
      "Xung đột phiên bản: người khác đã lưu sau phiên bản expectedVersion. Không có gì được ghi; " +
      "current là nội dung đang lưu để đọc lại, hợp nhất và gửi lại với expectedVersion = current.version.",
    content: { "application/json": { schema: schemaRef("ConflictResponse") } },
  };
}

function jsonResponse(description: string, component: string) {
  return { description, content: { "application/json": { schema: schemaRef(component) } } };
}

function readOperation(
  operation: Omit<OpenApiOperation, "responses" | "tags"> & {
    tag: string;
    ok: ReturnType<typeof jsonResponse>;
  },
  errors: string[],
): OpenApiOperation {
  const { tag, ok, ...rest } = operation;
  return {
    ...rest,
    tags: [tag],
    responses: {
      "200": ok,
      ...Object.fromEntries(errors.map((e) => [statusOf(e), responseRef(e)])),
    },
  };
}

function statusOf(responseName: string): string {
  const statuses: Record<string, string> = {
    BadRequest: "400",
    Unauthorized: "401",
    Forbidden: "403",
    NotFound: "404",
    Conflict: "409",
    TooManyRequests: "429",
    InternalError: "500",
  };
  const status = statuses[responseName];
  if (!status) throw new Error(`Unknown error response ${responseName}`);
  return status;
}

export function buildOpenApiDocument(): OpenApiDocument {
  const listErrors = ["BadRequest", "Unauthorized", "Forbidden", "TooManyRequests", "InternalError"];
  const itemErrors = [
    "BadRequest",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "TooManyRequests",
    "InternalError",
  ];
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    info: {
      title: "Plan Tracker API",
      version: "1.0.0",
      description: [
        "API của hệ thống Theo dõi Kế hoạch: kế hoạch (cây mục, nhiệm vụ, cơ quan chủ trì, phối hợp,",
        "hạng mục công việc), danh mục cơ quan, đơn vị, kỳ báo cáo, cập nhật tiến độ và báo cáo của cơ quan",
        "mà tài khoản được xem; cơ quan ghi bản nháp cập nhật tiến độ của mình (PUT /api/v1/updates).",
        "",
        "Xác thực bằng phiên đăng nhập (cookie) hoặc mã truy cập cá nhân tạo tại trang “Mã truy cập API”:",
        "`Authorization: Bearer pt_…`. Mã có quyền như tài khoản tạo ra nó.",
        'Lỗi trả về dạng `{ "error": { "code", "message" } }`, thông báo bằng tiếng Việt.',
        "",
        "Ghi bằng phiên đăng nhập (cookie) phải kèm header `Origin` cùng máy chủ (chống CSRF); ghi bằng mã truy",
        "cập không cần. Mỗi cập nhật có `version`: gửi lại phiên bản đã đọc trong `expectedVersion`; phiên bản cũ",
        "bị từ chối (409) kèm nội dung đang lưu, không bao giờ ghi đè âm thầm.",
        "",
        "Giới hạn: 120 yêu cầu mỗi phút với mỗi mã truy cập và 600 với mỗi địa chỉ (mỗi máy chủ web); vượt quá",
        "thì nhận 429 kèm `Retry-After` (số giây cần chờ).",
      ].join("\n"),
    },
    tags: [
      { name: "plans", description: "Kế hoạch" },
      { name: "organizations", description: "Cơ quan, đơn vị" },
      {
        name: "periods",
        description: "Kỳ báo cáo, cập nhật tiến độ và báo cáo của cơ quan trong kỳ (theo quyền xem)",
      },
      { name: "updates", description: "Ghi cập nhật tiến độ của cơ quan" },
      { name: "meta", description: "Tài liệu API" },
    ],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: {
      "/api/v1/plans": {
        get: readOperation(
          {
            operationId: "listPlans",
            summary: "Danh sách kế hoạch",
            tag: "plans",
            parameters: parametersOf(planListQuerySchema, "query"),
            ok: jsonResponse("Các kế hoạch, mới ban hành trước.", "PlanListResponse"),
          },
          listErrors,
        ),
      },
      "/api/v1/plans/{id}": {
        get: readOperation(
          {
            operationId: "getPlan",
            summary: "Một kế hoạch với toàn bộ cây mục và nhiệm vụ",
            description:
              "Căn cứ, các mục (mã, số, tiêu đề, nội dung, mục cha), nhiệm vụ (mã, nội dung nguyên văn, loại, thời hạn, " +
              "cơ quan chủ trì, cơ quan phối hợp nêu tên và nêu chung, hạng mục công việc).",
            tag: "plans",
            parameters: parametersOf(planPathSchema, "path"),
            ok: jsonResponse("Kế hoạch.", "PlanResponse"),
          },
          itemErrors,
        ),
      },
      "/api/v1/organizations": {
        get: readOperation(
          {
            operationId: "listOrganizations",
            summary: "Danh mục cơ quan, đơn vị",
            tag: "organizations",
            parameters: parametersOf(organizationListQuerySchema, "query"),
            ok: jsonResponse("Các cơ quan, theo mã.", "OrganizationListResponse"),
          },
          listErrors,
        ),
      },
      "/api/v1/me/tasks": {
        get: readOperation(
          {
            operationId: "listMyTasks",
            summary: "Nhiệm vụ của cơ quan trong các kỳ báo cáo đang mở",
            description: [
              "Các nhiệm vụ cơ quan của tài khoản chủ trì (LEAD) hoặc phối hợp (COORDINATOR) trong mọi kế hoạch",
              "đang có kỳ báo cáo mở, như trang “Việc của tôi”: kế hoạch, kỳ báo cáo (mã, năm), mã nhiệm vụ và",
              "trạng thái cập nhật của cơ quan. Kế hoạch có hạn gửi báo cáo gần nhất trước. Tài khoản không thuộc",
              "cơ quan báo cáo nào (chuyên viên, lãnh đạo cơ quan) bị từ chối (403).",
            ].join(" "),
            tag: "periods",
            parameters: parametersOf(myTasksQuerySchema, "query"),
            ok: jsonResponse("Các nhiệm vụ của cơ quan.", "MyTaskListResponse"),
          },
          listErrors,
        ),
      },
      "/api/v1/periods": {
        get: readOperation(
          {
            operationId: "listPeriods",
            summary: "Danh sách kỳ báo cáo",
            description:
              "Các kỳ báo cáo của các kế hoạch: thời điểm chốt số liệu, hạn gửi báo cáo, hạn báo cáo UBND tỉnh.",
            tag: "periods",
            parameters: parametersOf(periodListQuerySchema, "query"),
            ok: jsonResponse("Các kỳ báo cáo, năm mới trước.", "PeriodListResponse"),
          },
          listErrors,
        ),
      },
      "/api/v1/periods/{id}/updates": {
        get: readOperation(
          {
            operationId: "listPeriodUpdates",
            summary: "Cập nhật tiến độ của một kỳ mà tài khoản được xem",
            description: [
              "Bản nháp chỉ thành viên của cơ quan báo cáo được xem. Khi cơ quan đã gửi (hoặc đã được tiếp nhận),",
              "cơ quan đầu mối (chuyên viên tổng hợp), lãnh đạo UBND tỉnh, quản trị và cơ quan chủ trì nhiệm vụ",
              "được xem; người xem chỉ thấy nội dung đã được tiếp nhận. Báo cáo bị trả lại được coi như bản nháp.",
              "Theo thứ tự nhiệm vụ, hạng mục, mã cơ quan.",
            ].join(" "),
            tag: "periods",
            parameters: [
              ...parametersOf(periodPathSchema, "path"),
              ...parametersOf(periodUpdatesQuerySchema, "query"),
            ],
            ok: jsonResponse("Các cập nhật tiến độ được xem.", "ProgressUpdateListResponse"),
          },
          itemErrors,
        ),
      },
      "/api/v1/periods/{id}/submissions": {
        get: readOperation(
          {
            operationId: "listPeriodSubmissions",
            summary: "Báo cáo của các cơ quan trong một kỳ mà tài khoản được xem",
            description:
              "Trạng thái, thời điểm gửi, xem xét, lý do trả lại và bản chụp gần nhất (số lần gửi, SHA-256). " +
              "Cơ quan thấy báo cáo của mình; cơ quan đầu mối, lãnh đạo, quản trị thấy báo cáo đã gửi " +
              "(kể cả bị trả lại, đã tiếp nhận).",
            tag: "periods",
            parameters: [
              ...parametersOf(periodPathSchema, "path"),
              ...parametersOf(periodSubmissionsQuerySchema, "query"),
            ],
            ok: jsonResponse("Các báo cáo được xem, theo mã cơ quan.", "SubmissionListResponse"),
          },
          itemErrors,
        ),
      },
      "/api/v1/updates": {
        put: {
          operationId: "saveUpdate",
          summary: "Ghi cập nhật tiến độ của cơ quan (bản nháp)",
          description: [
            "Tạo (expectedVersion = 0) hoặc sửa cập nhật của cơ quan cho một nhiệm vụ hay hạng mục trong kỳ đang mở.",
            "Chỉ chuyên viên hoặc lãnh đạo của cơ quan đó, khi cơ quan chưa gửi báo cáo (hoặc bị trả lại).",
            "Cùng kiểm tra như biểu mẫu trên trình duyệt. Ghi bằng cookie phiên phải kèm Origin cùng máy chủ.",
          ].join(" "),
          tags: ["updates"],
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaRef("SaveUpdateRequest") } },
          },
          responses: {
            "200": jsonResponse("Đã lưu; phiên bản mới.", "ProgressUpdateResponse"),
            ...Object.fromEntries(
              [
                "BadRequest",
                "Unauthorized",
                "Forbidden",
                "NotFound",
                "Conflict",
                "TooManyRequests",
                "InternalError",
              ].map((e) => [statusOf(e), responseRef(e)]),
            ),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "Tài liệu OpenAPI 3.1 này",
          tags: ["meta"],
          security: [],
          responses: {
            "200": {
              description: "Tài liệu OpenAPI.",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      responses: { ...errorResponses(), Conflict: conflictResponse() },
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "pt_ + 43 ký tự base64url",
          description: "Mã truy cập cá nhân, tạo và thu hồi tại /settings/tokens; chỉ hiện một lần khi tạo.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description:
            "Phiên đăng nhập của trình duyệt. Qua HTTPS cookie tên là __Secure-authjs.session-token.",
        },
      },
    },
  };
}

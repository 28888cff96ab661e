import { type AppErrorCode, appErrorMessage } from "@plan-tracker/core";
import { z } from "zod";
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
  BadRequest: { code: "VALIDATION", description: "Tham số không hợp lệ." },
  Unauthorized: {
    code: "UNAUTHENTICATED",
    description: "Chưa đăng nhập, hoặc mã truy cập sai, đã hết hạn, đã bị thu hồi, hay tài khoản bị khóa.",
  },
  Forbidden: { code: "FORBIDDEN", description: "Tài khoản không có quyền đọc dữ liệu này." },
  NotFound: { code: "NOT_FOUND", description: "Không tìm thấy." },
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
    InternalError: "500",
  };
  const status = statuses[responseName];
  if (!status) throw new Error(`Unknown error response ${responseName}`);
  return status;
}

export function buildOpenApiDocument(): OpenApiDocument {
  const listErrors = ["BadRequest", "Unauthorized", "Forbidden", "InternalError"];
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    info: {
      title: "Plan Tracker API",
      version: "1.0.0",
      description: [
        "API chỉ đọc của hệ thống Theo dõi Kế hoạch: kế hoạch (cây mục, nhiệm vụ, cơ quan chủ trì, phối hợp,",
        "hạng mục công việc) và danh mục cơ quan, đơn vị.",
        "",
        "Xác thực bằng phiên đăng nhập (cookie) hoặc mã truy cập cá nhân tạo tại trang “Mã truy cập API”:",
        "`Authorization: Bearer pt_…`. Mã có quyền như tài khoản tạo ra nó.",
        'Lỗi trả về dạng `{ "error": { "code", "message" } }`, thông báo bằng tiếng Việt.',
      ].join("\n"),
    },
    tags: [
      { name: "plans", description: "Kế hoạch" },
      { name: "organizations", description: "Cơ quan, đơn vị" },
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
          ["BadRequest", "Unauthorized", "Forbidden", "NotFound", "InternalError"],
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
      responses: errorResponses(),
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

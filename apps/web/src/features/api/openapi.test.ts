import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, JSON_SCHEMA_DIALECT } from "./openapi";

const doc = buildOpenApiDocument();
const API_DIR = fileURLToPath(new URL("../../app/api/v1", import.meta.url));

/** Route files under app/api/v1 -> OpenAPI paths ("[id]" -> "{id}"). */
function routePaths(dir: string, prefix = "/api/v1"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
      found.push(...routePaths(path.join(dir, entry.name), `${prefix}/${segment}`));
    } else if (entry.name === "route.ts") {
      found.push(prefix);
    }
  }
  return found;
}

/** Every object inside a JSON value, with its JSON pointer. */
function* walk(value: unknown, pointer = "#"): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${pointer}/${i}`);
  } else if (value && typeof value === "object") {
    yield [pointer, value as Record<string, unknown>];
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${pointer}/${key}`);
  }
}

function resolve(pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with JSON Schema 2020-12 as its dialect", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON_SCHEMA_DIALECT).toBe(doc.jsonSchemaDialect);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    // Plain JSON: survives serialization unchanged.
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("documents every route under app/api/v1, and nothing else", () => {
    const routes = routePaths(API_DIR).sort();
    expect(routes).toEqual([
      "/api/v1/me/tasks",
      "/api/v1/openapi.json",
      "/api/v1/organizations",
      "/api/v1/periods",
      "/api/v1/periods/{id}/submissions",
      "/api/v1/periods/{id}/updates",
      "/api/v1/plans",
      "/api/v1/plans/{id}",
      "/api/v1/updates",
    ]);
    expect(Object.keys(doc.paths).sort()).toEqual(routes);
  });

  it("declares both security schemes and requires one of them everywhere but on itself", () => {
    expect(doc.components.securitySchemes).toMatchObject({
      bearerToken: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
    });
    expect(doc.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    expect(doc.paths["/api/v1/openapi.json"]?.get?.security).toEqual([]);
  });

  it("gives each data operation its success schema and the error responses it can answer", () => {
    const expected: Record<string, { ok: string; errors: string[] }> = {
      "/api/v1/plans": { ok: "PlanListResponse", errors: ["400", "401", "403", "429", "500"] },
      "/api/v1/plans/{id}": { ok: "PlanResponse", errors: ["400", "401", "403", "404", "429", "500"] },
      "/api/v1/organizations": {
        ok: "OrganizationListResponse",
        errors: ["400", "401", "403", "429", "500"],
      },
      "/api/v1/periods": { ok: "PeriodListResponse", errors: ["400", "401", "403", "429", "500"] },
      "/api/v1/me/tasks": { ok: "MyTaskListResponse", errors: ["400", "401", "403", "429", "500"] },
      "/api/v1/periods/{id}/updates": {
        ok: "ProgressUpdateListResponse",
        errors: ["400", "401", "403", "404", "429", "500"],
      },
      "/api/v1/periods/{id}/submissions": {
        ok: "SubmissionListResponse",
        errors: ["400", "401", "403", "404", "429", "500"],
      },
    };
    for (const [route, { ok, errors }] of Object.entries(expected)) {
      const op = doc.paths[route]?.get;
      if (!op) throw new Error(`${route}: no GET operation`);
      expect(op.responses["200"]).toEqual({
        description: expect.any(String),
        content: { "application/json": { schema: { $ref: `#/components/schemas/${ok}` } } },
      });
      expect(Object.keys(op.responses).sort()).toEqual(["200", ...errors].sort());
      for (const status of errors) {
        const response = resolve((op.responses[status] as { $ref: string }).$ref) as {
          content: { "application/json": { schema: unknown; example: { error: { code: string } } } };
        };
        expect(response.content["application/json"].schema).toEqual({
          $ref: "#/components/schemas/ErrorResponse",
        });
      }
    }
    const unauthorized = doc.components.responses.Unauthorized as Record<string, unknown>;
    expect(unauthorized).toHaveProperty(["headers", "WWW-Authenticate"]);
    expect(unauthorized).toHaveProperty(
      ["content", "application/json", "example", "error", "code"],
      "UNAUTHENTICATED",
    );
  });

  it("documents the update write: its body, its answers, and the version conflict", () => {
    const put = doc.paths["/api/v1/updates"]?.put;
    expect(put).toMatchObject({ operationId: "saveUpdate", tags: ["updates"] });
    expect(doc.paths["/api/v1/updates"]).not.toHaveProperty("get");
    expect(put?.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/SaveUpdateRequest" } } },
    });
    expect(put?.responses["200"]).toEqual({
      description: expect.any(String),
      content: {
        "application/json": { schema: { $ref: "#/components/schemas/ProgressUpdateResponse" } },
      },
    });
    expect(Object.keys(put?.responses ?? {}).sort()).toEqual(
      ["200", "400", "401", "403", "404", "409", "429", "500"].sort(),
    );
    expect(put?.responses["409"]).toEqual({ $ref: "#/components/responses/Conflict" });
    expect(doc.components.responses.Conflict).toHaveProperty(["content", "application/json", "schema"], {
      $ref: "#/components/schemas/ConflictResponse",
    });
    const conflict = doc.components.schemas.ConflictResponse;
    expect(conflict).toHaveProperty(
      ["properties", "current"],
      expect.objectContaining({
        $ref: "#/components/schemas/ProgressUpdate",
      }),
    );
    expect(conflict).toHaveProperty(["properties", "error", "properties", "code"], {
      type: "string",
      const: "CONFLICT",
    });
    // The body is the browser form's own contract: ids, expectedVersion and the fields, all required.
    expect(doc.components.schemas.SaveUpdateRequest).toHaveProperty(
      "required",
      expect.arrayContaining([
        "periodId",
        "taskId",
        "actionItemId",
        "organizationId",
        "expectedVersion",
        "status",
        "citedDocuments",
      ]),
    );
    expect(doc.tags.map((t) => t.name)).toEqual(
      expect.arrayContaining(["plans", "organizations", "periods", "updates", "meta"]),
    );
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const op of Object.values(methods)) {
        for (const tag of op.tags)
          expect(
            doc.tags.map((t) => t.name),
            `${route} ${tag}`,
          ).toContain(tag);
      }
    }
  });

  it("describes the parameters from the zod schemas", () => {
    const params = (route: string) => doc.paths[route]?.get?.parameters ?? [];
    expect(params("/api/v1/plans/{id}")).toEqual([
      expect.objectContaining({
        name: "id",
        in: "path",
        required: true,
        schema: expect.objectContaining({ type: "string" }),
      }),
    ]);
    expect(params("/api/v1/plans")).toEqual([
      expect.objectContaining({
        name: "status",
        in: "query",
        required: false,
        schema: expect.objectContaining({ enum: ["DRAFT", "ACTIVE", "EXPIRED", "REPLACED"] }),
      }),
    ]);
    expect(params("/api/v1/organizations").map((p) => [p.name, p.in, p.required])).toEqual([
      ["q", "query", false],
      ["kind", "query", false],
    ]);
    expect(params("/api/v1/periods").map((p) => [p.name, p.in, p.required])).toEqual([
      ["planId", "query", false],
    ]);
    expect(params("/api/v1/periods/{id}/updates").map((p) => [p.name, p.in, p.required])).toEqual([
      ["id", "path", true],
      ["organizationCode", "query", false],
      ["taskCode", "query", false],
    ]);
    expect(params("/api/v1/periods/{id}/submissions").map((p) => [p.name, p.in, p.required])).toEqual([
      ["id", "path", true],
      ["organizationCode", "query", false],
    ]);
  });

  it("has schemas written in JSON Schema 2020-12 whose references all resolve", () => {
    const schemas = doc.components.schemas;
    for (const name of [
      "PlanSummary",
      "PlanDetail",
      "Task",
      "Section",
      "ActionItem",
      "Organization",
      "ErrorResponse",
      "ReportingPeriod",
      "ProgressUpdate",
      "CitedDocument",
      "IndicatorValue",
      "Attachment",
      "AgencySubmission",
      "SubmissionSnapshotSummary",
      "SaveUpdateRequest",
      "ConflictResponse",
      "PeriodState",
      "SubmissionState",
      "ReportedStatus",
    ]) {
      expect(schemas, name).toHaveProperty(name);
    }
    for (const [pointer, node] of walk(schemas, "#/components/schemas")) {
      // 2020-12 keywords only: no draft-04/07 or OpenAPI 3.0 spellings.
      for (const legacy of ["definitions", "nullable", "exclusiveMinimum_bool", "$recursiveRef"]) {
        expect(node, `${pointer} uses ${legacy}`).not.toHaveProperty(legacy);
      }
      if (typeof node.exclusiveMinimum === "boolean" || typeof node.exclusiveMaximum === "boolean") {
        throw new Error(`${pointer}: boolean exclusiveMinimum/Maximum is draft-04`);
      }
      expect(node, `${pointer} has a fragment $id`).not.toHaveProperty("$id");
      if (Array.isArray(node.items))
        throw new Error(`${pointer}: array-form items is pre-2020-12 (prefixItems)`);
      if (typeof node.$ref === "string")
        expect(resolve(node.$ref), `${pointer} -> ${node.$ref}`).toBeDefined();
    }
    // Nullable fields are spelled with the null type.
    expect(schemas.Task).toHaveProperty(
      ["properties", "dueDate", "anyOf"],
      [expect.objectContaining({ type: "string", format: "date" }), { type: "null" }],
    );
    // Response objects stay open to fields added later.
    expect(schemas.PlanDetail).not.toHaveProperty("additionalProperties");
    expect(schemas.PlanDetail).toHaveProperty(
      "required",
      expect.arrayContaining(["id", "symbol", "sections", "tasks"]),
    );
    expect(schemas.PlanListResponse).toHaveProperty(["properties", "data", "items"], {
      $ref: "#/components/schemas/PlanSummary",
    });
  });

  it("references only defined components from the paths", () => {
    for (const [pointer, node] of walk(doc.paths, "#/paths")) {
      if (typeof node.$ref === "string")
        expect(resolve(node.$ref), `${pointer} -> ${node.$ref}`).toBeDefined();
    }
  });
});

import { appErrorMessage, userSearchKey } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOrganizations } from "@/app/api/v1/organizations/route";
import { GET as getPlan } from "@/app/api/v1/plans/[id]/route";
import { GET as getPlans } from "@/app/api/v1/plans/route";
import { createApiToken } from "@/features/api-tokens/create-api-token";
import { revokeApiToken } from "@/features/api-tokens/revoke-api-token";
import { loadActor, type SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { getPlanForApi, listOrganizationsForApi, listPlansForApi } from "./data";
import {
  errorResponseSchema,
  organizationListResponseSchema,
  type PlanDetail,
  planDetailSchema,
  planListResponseSchema,
  planResponseSchema,
} from "./schemas";
import { serializeOrganization, serializePlanDetail, serializePlanSummary } from "./serializers";

let db: TestDatabase;
let planId: string;
let compiler: SessionActor;
let token: string;

/** What a client receives: the JSON text parsed back. */
const overTheWire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** Parses with the contract and checks nothing was left out of it (zod strips unknown keys). */
function conforms<T>(schema: { parse: (v: unknown) => T }, value: unknown): T {
  const parsed = schema.parse(value);
  expect(parsed).toEqual(value);
  return parsed;
}

function request(path: string, bearer?: string): Request {
  return new Request(`http://localhost${path}`, {
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
  });
}

const planContext = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  db = await createTestPostgres("pt_api_read");
  ({ planId } = await setupDatabase(db, { demo: true }));
  // The app's singleton client (server/db.ts) connects on first use: point it at this database.
  process.env.DATABASE_URL = db.url;
  compiler = await actorFor(db.prisma, "tonghop@kiengiang.example");
  ({ token } = await createApiToken(db.prisma, compiler, { name: "Kiểm thử", expiresIn: "30" }));
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("data and serializers", () => {
  it("lists plan 182/KH-UBND with its focal agency and 17 tasks, beside the demo's other plans", async () => {
    const body = overTheWire({ data: (await listPlansForApi(db.prisma)).map(serializePlanSummary) });
    const { data } = conforms(planListResponseSchema, body);
    expect(data.map((p) => p.symbol).sort()).toEqual(["104/KH-UBND", "182/KH-UBND", "68/KH-UBND"]);
    expect(data.filter((p) => p.id === planId)).toEqual([
      {
        id: planId,
        symbol: "182/KH-UBND",
        title: expect.stringContaining("biến đổi khí hậu"),
        issuedOn: "2020-11-27",
        status: "ACTIVE",
        validFromYear: expect.any(Number),
        validToYear: expect.any(Number),
        focalOrganizationCode: "STNMT",
        taskCount: 17,
      },
    ]);
    expect(await listPlansForApi(db.prisma, { status: "EXPIRED" })).toEqual([]);
  });

  it("reads the whole plan tree", async () => {
    const row = await getPlanForApi(db.prisma, planId);
    if (!row) throw new Error("plan missing");
    const plan: PlanDetail = conforms(planDetailSchema, overTheWire(serializePlanDetail(row)));

    expect(plan).toMatchObject({
      symbol: "182/KH-UBND",
      issuerCode: "UBND-KG",
      focalOrganizationCode: "STNMT",
    });
    expect(plan.reportingRule).toMatchObject({ dueDay: 5, dueMonth: 12 });
    expect(plan.basisDocuments.length).toBeGreaterThan(0);

    const sectionCodes = new Set(plan.sections.map((s) => s.code));
    for (const s of plan.sections) if (s.parentCode !== null) expect(sectionCodes).toContain(s.parentCode);
    expect(plan.sections.find((s) => s.code === "II.4")).toMatchObject({ parentCode: "II" });

    expect(plan.tasks).toHaveLength(17);
    for (const task of plan.tasks) expect(sectionCodes).toContain(task.sectionCode);
    const byCode = new Map(plan.tasks.map((t) => [t.code, t]));

    const dd = byCode.get("II.4.đ");
    expect(dd).toMatchObject({
      label: "đ)",
      kind: "CONTINUOUS",
      lead: { organizationCode: "SXD", scope: null },
      coordinatorCodes: ["BXD", "CPTDT"],
      genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    });
    expect(dd?.actionItems.map((a) => a.code)).toEqual(["II.4.đ.1", "II.4.đ.2", "II.4.đ.3", "II.4.đ.4"]);

    const ii3 = byCode.get("II.3");
    expect(ii3).toMatchObject({ sectionCode: "II.3", lead: { organizationCode: "STNMT" } });
    expect(ii3?.actionItems).toHaveLength(11);
    expect(ii3?.actionItems[2]).toMatchObject({
      code: "II.3.3",
      content: "thanh tra, xử lý trách nhiệm công vụ",
    });

    expect(byCode.get("II.4.a")?.actionItems.length).toBeGreaterThan(30);
    expect(byCode.get("II.4.c")?.period).toEqual({ startYear: 2020, endYear: 2025 });
    // Assigned to a generic set: no lead code, a scope and its phrase instead.
    expect(byCode.get("III.4")?.lead).toMatchObject({
      organizationCode: null,
      scope: expect.any(String),
      scopePhrase: expect.any(String),
    });
    expect(byCode.get("III.2")).toMatchObject({
      lead: { organizationCode: "SKHDT" },
      coordinatorCodes: ["STC"],
    });
    expect(
      Object.fromEntries(
        ["II.1.a", "II.1.b", "II.2.c", "II.4.b", "II.4.e"].map((c) => [
          c,
          byCode.get(c)?.lead.organizationCode,
        ]),
      ),
    ).toEqual({
      "II.1.a": "STTTT",
      "II.1.b": "SKHDT",
      "II.2.c": "BCH-PCTT",
      "II.4.b": "SNNPTNT",
      "II.4.e": "BCHQS",
    });
  });

  it("lists organizations with parent and successor codes, filtered accent-insensitively", async () => {
    const all = conforms(
      organizationListResponseSchema,
      overTheWire({ data: (await listOrganizationsForApi(db.prisma)).map(serializeOrganization) }),
    ).data;
    const codes = new Set(all.map((o) => o.code));
    for (const code of ["STNMT", "SKHDT", "SXD", "UBND-KG", "UBND-RACHGIA"]) expect(codes).toContain(code);
    for (const o of all) {
      if (o.parentCode) expect(codes).toContain(o.parentCode);
      for (const successor of o.successorCodes) expect(codes).toContain(successor);
    }
    expect(all.find((o) => o.code === "STNMT")).toMatchObject({
      name: "Sở Tài nguyên và Môi trường",
      kind: "DEPARTMENT",
    });
    // Huyện Phú Quốc became thành phố Phú Quốc on 01/01/2021 (a reorganization event of the seed).
    expect(all.find((o) => o.code === "UBND-PHUQUOC-H")?.successorCodes).toEqual(["UBND-PHUQUOC-TP"]);

    const found = (await listOrganizationsForApi(db.prisma, { q: "tai nguyen moi truong" })).map(
      (o) => o.code,
    );
    expect(found).toContain("STNMT");
    const districts = await listOrganizationsForApi(db.prisma, { kind: "DISTRICT_PC" });
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((o) => o.kind === "DISTRICT_PC")).toBe(true);
  });
});

describe("route handlers with a personal token", () => {
  it("answers the plan list and the plan, matching the contract", async () => {
    const list = await getPlans(request("/api/v1/plans", token));
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const listed = conforms(planListResponseSchema, await list.json()).data;
    expect(listed.map((p) => p.id)).toContain(planId);
    expect(listed).toHaveLength(await db.prisma.plan.count());

    const one = await getPlan(request(`/api/v1/plans/${planId}`, token), planContext(planId));
    expect(one.status).toBe(200);
    expect(conforms(planResponseSchema, await one.json()).data.tasks).toHaveLength(17);

    const orgs = await getOrganizations(request("/api/v1/organizations?q=xay%20dung&kind=DEPARTMENT", token));
    expect(orgs.status).toBe(200);
    expect(conforms(organizationListResponseSchema, await orgs.json()).data.map((o) => o.code)).toContain(
      "SXD",
    );
  });

  it("answers 400 for a bad id or query, naming the parameter", async () => {
    const badId = await getPlan(request("/api/v1/plans/a%20b", token), planContext("a b"));
    expect(badId.status).toBe(400);
    expect(conforms(errorResponseSchema, await badId.json()).error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { id: [expect.any(String)] },
    });
    const badQuery = await getOrganizations(request("/api/v1/organizations?kind=NOPE", token));
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error.fieldErrors).toEqual({ kind: ["Loại cơ quan không hợp lệ."] });
    const badStatus = await getPlans(request("/api/v1/plans?status=nope", token));
    expect(badStatus.status).toBe(400);
  });

  it("answers 404 for an unknown plan", async () => {
    const missing = await getPlan(
      request("/api/v1/plans/cnotaplan000000000000000", token),
      planContext("cnotaplan000000000000000"),
    );
    expect(missing.status).toBe(404);
    expect(conforms(errorResponseSchema, await missing.json())).toEqual({
      error: { code: "NOT_FOUND", message: appErrorMessage("NOT_FOUND", "vi") },
    });
  });

  it("answers 401 in Vietnamese for a wrong, malformed or revoked token", async () => {
    const { token: doomed, id } = await createApiToken(db.prisma, compiler, {
      name: "Sẽ thu hồi",
      expiresIn: "never",
    });
    expect((await getPlans(request("/api/v1/plans", doomed))).status).toBe(200);
    await revokeApiToken(db.prisma, compiler, id);
    for (const bearer of [doomed, `pt_${"A".repeat(43)}`, "not-a-token"]) {
      const response = await getPlans(request("/api/v1/plans", bearer));
      expect(response.status, bearer).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      expect(conforms(errorResponseSchema, await response.json())).toEqual({
        error: { code: "UNAUTHENTICATED", message: appErrorMessage("UNAUTHENTICATED", "vi") },
      });
    }
    const basic = await getPlans(
      new Request("http://localhost/api/v1/plans", { headers: { authorization: "Basic dTpw" } }),
    );
    expect(basic.status).toBe(401);
  });

  it("answers 403 to a user the policy does not let read plans", async () => {
    const person = { email: "khong-vai-tro@kiengiang.example", name: "Không vai trò" };
    const outsider = await db.prisma.user.create({ data: { ...person, searchKey: userSearchKey(person) } });
    const actor = await loadActor(outsider.id);
    if (!actor) throw new Error("outsider cannot sign in");
    const { token: outsiderToken } = await createApiToken(db.prisma, actor, { name: "x", expiresIn: "30" });
    const response = await getPlans(request("/api/v1/plans", outsiderToken));
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    const orgs = await getOrganizations(request("/api/v1/organizations", outsiderToken));
    expect(orgs.status).toBe(403);
  });
});

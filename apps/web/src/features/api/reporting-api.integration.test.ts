import { appErrorMessage } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSubmissions } from "@/app/api/v1/periods/[id]/submissions/route";
import { GET as getUpdates } from "@/app/api/v1/periods/[id]/updates/route";
import { GET as getPeriods } from "@/app/api/v1/periods/route";
import { PUT as putUpdateRoute } from "@/app/api/v1/updates/route";
import { createApiToken } from "@/features/api-tokens/create-api-token";
import type { SaveUpdateInput } from "@/features/updates/schema";
import { countingClient, statementsOf } from "@/server/query-count";
import { loadActor, type SessionActor } from "@/server/session";
import { closeAppClient } from "@/testing/integration";
import { putUpdate } from "./put-update";
import { loadPeriodSubmissionsForApi, loadPeriodUpdatesForApi } from "./reporting-data";
import {
  type ApiProgressUpdate,
  conflictResponseSchema,
  periodListResponseSchema,
  progressUpdateListResponseSchema,
  progressUpdateResponseSchema,
  submissionListResponseSchema,
} from "./reporting-schemas";
import { errorResponseSchema } from "./schemas";

let db: TestDatabase;
let planId: string;
let periodId: string;
let closedPeriodId: string;
const ids: Record<string, string> = {};
const actors: Record<string, SessionActor> = {};
const tokens: Record<string, string> = {};

const HOST = "theodoi.kiengiang.example";

/** Parses with the contract and checks nothing was left out of it (zod strips unknown keys). */
async function conforms<T>(schema: { parse: (v: unknown) => T }, response: Response): Promise<T> {
  const body: unknown = await response.json();
  const parsed = schema.parse(body);
  expect(parsed).toEqual(body);
  return parsed;
}

function get(path: string, token: string): Request {
  return new Request(`https://${HOST}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

function put(body: unknown, headers: Record<string, string>): Request {
  return new Request(`https://${HOST}/api/v1/updates`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
const periodContext = (id: string) => ({ params: Promise.resolve({ id }) });
const id = (key: string): string => {
  const found = ids[key];
  if (!found) throw new Error(`no id for ${key}`);
  return found;
};

/**
 * Sở KH&ĐT's contribution to task II.4.a, as the browser form sends it. Sở TN&MT leads II.4.a and is the
 * plan's focal agency (the compiler belongs to it); "các sở, ngành và địa phương" coordinate, Sở KH&ĐT
 * and the city of Rạch Giá among them.
 */
function body(overrides: Partial<SaveUpdateInput> = {}): SaveUpdateInput {
  return {
    periodId,
    taskId: id("II.4.a"),
    actionItemId: null,
    organizationId: id("SKHDT"),
    expectedVersion: 0,
    status: "IN_PROGRESS",
    percent: 40,
    completedOn: null,
    results: "Sở KH&ĐT bố trí vốn cho 3 dự án quan trắc môi trường.",
    resultScope: "PERIOD",
    difficulties: "",
    proposals: "",
    citedDocuments: [
      {
        symbol: "Công văn số 123/SKHĐT-TH",
        issuedOn: "2032-03-05",
        issuer: "Sở KH&ĐT",
        summary: "Về việc bố trí vốn",
      },
    ],
    indicatorValues: [],
    ...overrides,
  };
}

async function updatesSeenBy(who: string, query = ""): Promise<ApiProgressUpdate[]> {
  const response = await getUpdates(
    get(`/api/v1/periods/${periodId}/updates${query}`, tokens[who] as string),
    periodContext(periodId),
  );
  expect(response.status).toBe(200);
  return (await conforms(progressUpdateListResponseSchema, response)).data;
}

const seen = (updates: ApiProgressUpdate[]) =>
  updates.map((u) => `${u.organizationCode} ${u.actionItemCode ?? u.taskCode}`);

async function setSubmissionState(organization: string, state: "SUBMITTED" | "ACCEPTED" | "RETURNED") {
  await db.prisma.agencySubmission.update({
    where: { periodId_organizationId: { periodId, organizationId: id(organization) } },
    data: { state, submittedAt: new Date("2032-11-20T02:00:00Z") },
  });
}

beforeAll(async () => {
  db = await createTestPostgres("pt_api_reporting");
  ({ planId } = await setupDatabase(db, { demo: true }));
  // The app's singleton client (server/db.ts) connects on first use: point it at this database.
  process.env.DATABASE_URL = db.url;
  // Years of their own, so demo progress in other periods cannot interfere.
  const period = await db.prisma.reportingPeriod.create({
    data: {
      planId,
      year: 2032,
      cutoffDate: new Date("2032-11-15T00:00:00Z"),
      agencyDeadline: new Date("2032-11-25T00:00:00Z"),
      reportDueDate: new Date("2032-12-05T00:00:00Z"),
    },
  });
  periodId = period.id;
  const closed = await db.prisma.reportingPeriod.create({
    data: {
      planId,
      year: 2033,
      cutoffDate: new Date("2033-11-15T00:00:00Z"),
      agencyDeadline: new Date("2033-11-25T00:00:00Z"),
      reportDueDate: new Date("2033-12-05T00:00:00Z"),
      state: "CLOSED",
    },
  });
  closedPeriodId = closed.id;
  for (const t of await db.prisma.task.findMany({ select: { id: true, code: true } })) ids[t.code] = t.id;
  for (const o of await db.prisma.organization.findMany({ select: { id: true, code: true } }))
    ids[o.code] = o.id;
  const accounts = {
    skhdt: "chuyenvien.skhdt@kiengiang.example",
    stnmt: "chuyenvien.stnmt@kiengiang.example",
    district: "chuyenvien.rachgia@kiengiang.example",
    compiler: "tonghop@kiengiang.example",
    viewer: "xem@kiengiang.example",
  };
  for (const [who, email] of Object.entries(accounts)) {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    const actor = await loadActor(user.id);
    if (!actor) throw new Error(`${email} cannot sign in`);
    actors[who] = actor;
    ({ token: tokens[who] } = await createApiToken(db.prisma, actor, { name: "Kiểm thử", expiresIn: "30" }));
  }
});

afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("GET /api/v1/periods", () => {
  it("lists the reporting periods with their days and state", async () => {
    const response = await getPeriods(get(`/api/v1/periods?planId=${planId}`, tokens.skhdt as string));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { data } = await conforms(periodListResponseSchema, response);
    expect(data.every((p) => p.planId === planId)).toBe(true);
    expect(data.find((p) => p.year === 2032)).toEqual({
      id: periodId,
      planId,
      year: 2032,
      cycle: "ANNUAL",
      key: "2032",
      name: "Năm 2032",
      cutoffDate: "2032-11-15",
      agencyDeadline: "2032-11-25",
      reportDueDate: "2032-12-05",
      state: "OPEN",
    });
    expect(data.find((p) => p.year === 2033)).toMatchObject({ id: closedPeriodId, state: "CLOSED" });
    // Newest year first.
    expect(data.map((p) => p.year)).toEqual([...data.map((p) => p.year)].sort((a, b) => b - a));

    const none = await getPeriods(get("/api/v1/periods?planId=cnotaplan", tokens.viewer as string));
    expect((await conforms(periodListResponseSchema, none)).data).toEqual([]);
    const bad = await getPeriods(get("/api/v1/periods?planId=a%20b", tokens.skhdt as string));
    expect(bad.status).toBe(400);
    expect((await conforms(errorResponseSchema, bad)).error.fieldErrors).toHaveProperty("planId");
  });
});

describe("PUT /api/v1/updates with a personal token", () => {
  it("writes the agency's draft: 200 with version 1, codes and the submission state", async () => {
    const response = await putUpdateRoute(
      put(body(), { ...bearer("skhdt"), "x-forwarded-for": "203.0.113.9", "user-agent": "curl/8.5" }),
    );
    expect(response.status).toBe(200);
    const { data } = await conforms(progressUpdateResponseSchema, response);
    expect(data).toMatchObject({
      version: 1,
      periodId,
      taskId: id("II.4.a"),
      taskCode: "II.4.a",
      actionItemId: null,
      actionItemCode: null,
      organizationId: id("SKHDT"),
      organizationCode: "SKHDT",
      status: "IN_PROGRESS",
      percent: 40,
      submissionState: "DRAFT",
      updatedByName: actors.skhdt?.name,
      attachments: [],
    });
    expect(data.citedDocuments).toEqual(body().citedDocuments);
    // The service's audit trail, with where the request came from.
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "ProgressUpdate", entityId: data.id },
    });
    expect(audit).toMatchObject({ action: "update.create", ip: "203.0.113.9", userAgent: "curl/8.5" });
  });

  it("saves on the current version, and answers 409 with the current update on a stale one", async () => {
    const second = await putUpdateRoute(put(body({ expectedVersion: 1, percent: 55 }), bearer("skhdt")));
    expect(second.status).toBe(200);
    expect((await conforms(progressUpdateResponseSchema, second)).data).toMatchObject({
      version: 2,
      percent: 55,
    });

    const stale = await putUpdateRoute(
      put(body({ expectedVersion: 1, results: "Nội dung cũ" }), bearer("skhdt")),
    );
    expect(stale.status).toBe(409);
    const conflict = await conforms(conflictResponseSchema, stale);
    expect(conflict.error).toEqual({ code: "CONFLICT", message: appErrorMessage("CONFLICT", "vi") });
    expect(conflict.current).toMatchObject({
      version: 2,
      percent: 55,
      taskCode: "II.4.a",
      organizationCode: "SKHDT",
      results: body().results,
    });
    const row = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: id("II.4.a"), organizationId: id("SKHDT"), actionItemId: null },
    });
    expect(row).toMatchObject({ version: 2, results: body().results });
  });

  it("writes an action item's update, with the item's code", async () => {
    const item = await db.prisma.actionItem.findFirstOrThrow({
      where: { taskId: id("II.4.a") },
      orderBy: { order: "asc" },
    });
    const response = await putUpdateRoute(
      put(body({ actionItemId: item.id, status: "NOT_STARTED", percent: 0 }), bearer("skhdt")),
    );
    expect(response.status).toBe(200);
    expect((await conforms(progressUpdateResponseSchema, response)).data).toMatchObject({
      actionItemId: item.id,
      actionItemCode: item.code,
      version: 1,
    });
  });

  it("answers 400 with every field at fault by its full path, and for a body that is not JSON", async () => {
    const invalid = await putUpdateRoute(
      put(
        body({
          status: "COMPLETED",
          citedDocuments: [{ symbol: " ", issuedOn: null, issuer: "", summary: "" }],
        }),
        bearer("skhdt"),
      ),
    );
    expect(invalid.status).toBe(400);
    const { error } = await conforms(errorResponseSchema, invalid);
    expect(error).toEqual({
      code: "VALIDATION",
      message: appErrorMessage("VALIDATION", "vi"),
      fieldErrors: {
        "citedDocuments.0.symbol": ["Nhập số, ký hiệu văn bản (hoặc xóa dòng này)."],
        completedOn: ["Nhập ngày hoàn thành."],
      },
    });
    const notJson = await putUpdateRoute(
      new Request(`https://${HOST}/api/v1/updates`, {
        method: "PUT",
        headers: { ...bearer("skhdt"), "content-type": "application/json" },
        body: "periodId=1",
      }),
    );
    expect(notJson.status).toBe(400);
    expect((await conforms(errorResponseSchema, notJson)).error.fieldErrors).toEqual({
      _: ["Nội dung yêu cầu không phải JSON hợp lệ."],
    });
  });

  it("refuses another agency's staff (403), who writes its own update instead", async () => {
    const forbidden = await putUpdateRoute(put(body({ expectedVersion: 2 }), bearer("stnmt")));
    expect(forbidden.status).toBe(403);
    expect((await conforms(errorResponseSchema, forbidden)).error.code).toBe("FORBIDDEN");
    const own = await putUpdateRoute(
      put(
        body({ organizationId: id("STNMT"), results: "Đã cập nhật cơ sở dữ liệu đất đai cho 8/15 huyện." }),
        bearer("stnmt"),
      ),
    );
    expect(own.status).toBe(200);
    expect((await conforms(progressUpdateResponseSchema, own)).data).toMatchObject({
      organizationCode: "STNMT",
      version: 1,
    });
  });

  it("answers 404 for ids that do not exist and for editing an update that does not", async () => {
    const unknownTask = await putUpdateRoute(put(body({ taskId: "cnotatask" }), bearer("skhdt")));
    expect(unknownTask.status).toBe(404);
    expect((await conforms(errorResponseSchema, unknownTask)).error.code).toBe("NOT_FOUND");
    const neverCreated = await putUpdateRoute(
      put(
        body({
          expectedVersion: 4,
          actionItemId: null,
          taskId: id("II.4.a"),
          organizationId: id("UBND-RACHGIA"),
        }),
        bearer("district"),
      ),
    );
    expect(neverCreated.status).toBe(404);
  });

  it("answers 403 when the period is not open, and 401 for a bad token", async () => {
    const closed = await putUpdateRoute(put(body({ periodId: closedPeriodId }), bearer("skhdt")));
    expect(closed.status).toBe(403);
    const unauthenticated = await putUpdateRoute(
      put(body(), { authorization: `Bearer pt_${"A".repeat(43)}` }),
    );
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("www-authenticate")).toContain("Bearer");
    expect((await conforms(errorResponseSchema, unauthenticated)).error.code).toBe("UNAUTHENTICATED");
  });
});

describe("GET /api/v1/periods/{id}/updates", () => {
  const skhdtOwn = ["SKHDT II.4.a", expect.stringMatching(/^SKHDT II\.4\.a\.\d+$/)];

  it("shows each agency its own drafts only", async () => {
    expect(seen(await updatesSeenBy("skhdt"))).toEqual(skhdtOwn);
    // The lead agency does not see its coordinator's draft.
    expect(seen(await updatesSeenBy("stnmt"))).toEqual(["STNMT II.4.a"]);
    // The compiler belongs to Sở TN&MT: its drafts are theirs, Sở KH&ĐT's are not.
    expect(seen(await updatesSeenBy("compiler"))).toEqual(["STNMT II.4.a"]);
    expect(await updatesSeenBy("viewer")).toEqual([]);
  });

  it("shows the compiler and the lead an agency's updates once it has submitted; the agency stops writing", async () => {
    await setSubmissionState("SKHDT", "SUBMITTED");
    const compilerSees = await updatesSeenBy("compiler");
    expect(seen(compilerSees)).toEqual(["SKHDT II.4.a", "STNMT II.4.a", skhdtOwn[1]]);
    expect(compilerSees[0]).toMatchObject({
      submissionState: "SUBMITTED",
      version: 2,
      percent: 55,
      citedDocuments: body().citedDocuments,
    });
    // The lead agency shows its coordinators' contributions beside its own.
    expect(seen(await updatesSeenBy("stnmt"))).toEqual(["SKHDT II.4.a", "STNMT II.4.a", skhdtOwn[1]]);
    // A coordinator does not read the lead's update; viewers wait for the focal agency to accept.
    expect(seen(await updatesSeenBy("skhdt"))).toEqual(skhdtOwn);
    expect(await updatesSeenBy("viewer")).toEqual([]);

    const afterSubmit = await putUpdateRoute(put(body({ expectedVersion: 2 }), bearer("skhdt")));
    expect(afterSubmit.status).toBe(403);

    await setSubmissionState("SKHDT", "ACCEPTED");
    expect(seen(await updatesSeenBy("viewer"))).toEqual(skhdtOwn);
  });

  it("filters by agency and task code", async () => {
    expect(seen(await updatesSeenBy("compiler", "?organizationCode=SKHDT"))).toEqual(skhdtOwn);
    expect(seen(await updatesSeenBy("compiler", "?taskCode=II.4.a&organizationCode=STNMT"))).toEqual([
      "STNMT II.4.a",
    ]);
    expect(await updatesSeenBy("compiler", "?taskCode=II.3")).toEqual([]);
    const bad = await getUpdates(
      get(`/api/v1/periods/${periodId}/updates?taskCode=`, tokens.compiler as string),
      periodContext(periodId),
    );
    expect(bad.status).toBe(400);
  });

  it("answers 404 for an unknown period and 400 for a malformed id", async () => {
    const missing = await getUpdates(
      get("/api/v1/periods/cnotaperiod/updates", tokens.compiler as string),
      periodContext("cnotaperiod"),
    );
    expect(missing.status).toBe(404);
    expect((await conforms(errorResponseSchema, missing)).error.code).toBe("NOT_FOUND");
    const malformed = await getUpdates(
      get("/api/v1/periods/a%20b/updates", tokens.compiler as string),
      periodContext("a b"),
    );
    expect(malformed.status).toBe(400);
  });

  it("reads a period in a fixed number of queries, whatever its size", async () => {
    // The statement counter the other query-count tests and the benchmark use (server/query-count.ts).
    const counting = countingClient(db);
    try {
      const small = await statementsOf(counting, () => loadPeriodUpdatesForApi(counting.prisma, periodId));
      // One more agency's contribution, with its cited document.
      const district = await putUpdateRoute(
        put(
          body({ organizationId: id("UBND-RACHGIA"), results: "Rạch Giá rà soát 12 điểm." }),
          bearer("district"),
        ),
      );
      expect(district.status).toBe(200);
      const larger = await statementsOf(counting, () => loadPeriodUpdatesForApi(counting.prisma, periodId));
      expect(larger.result?.updates.length).toBe((small.result?.updates.length ?? 0) + 1);
      expect([small.queries, larger.queries]).toEqual([3, 3]);
      const submissions = await statementsOf(counting, () =>
        loadPeriodSubmissionsForApi(counting.prisma, periodId),
      );
      expect(submissions.queries).toBe(2);
    } finally {
      await counting.prisma.$disconnect();
    }
  });
});

describe("GET /api/v1/periods/{id}/submissions", () => {
  it("shows the focal agency the submissions that reached it, with the latest snapshot", async () => {
    const skhdt = await db.prisma.agencySubmission.findUniqueOrThrow({
      where: { periodId_organizationId: { periodId, organizationId: id("SKHDT") } },
    });
    for (const sequence of [1, 2]) {
      await db.prisma.submissionSnapshot.create({
        data: {
          submissionId: skhdt.id,
          sequence,
          submittedById: actors.skhdt?.userId as string,
          submittedAt: new Date(`2032-11-2${sequence}T02:00:00Z`),
          content: { sequence },
          sha256: String(sequence).repeat(64),
        },
      });
    }
    const response = await getSubmissions(
      get(`/api/v1/periods/${periodId}/submissions`, tokens.compiler as string),
      periodContext(periodId),
    );
    expect(response.status).toBe(200);
    const { data } = await conforms(submissionListResponseSchema, response);
    // Rạch Giá's report is still a draft: not the focal agency's to see. Sở TN&MT's own draft is.
    expect(data.map((s) => [s.organizationCode, s.state])).toEqual([
      ["SKHDT", "ACCEPTED"],
      ["STNMT", "DRAFT"],
    ]);
    expect(data[0]).toEqual({
      id: skhdt.id,
      periodId,
      organizationId: id("SKHDT"),
      organizationCode: "SKHDT",
      state: "ACCEPTED",
      submittedAt: "2032-11-20T02:00:00.000Z",
      reviewedAt: null,
      returnReason: null,
      latestSnapshot: { sequence: 2, sha256: "2".repeat(64), submittedAt: "2032-11-22T02:00:00.000Z" },
    });
    expect(data[1]?.latestSnapshot).toBeNull();
  });

  it("shows an agency its own submission only, and filters by agency code", async () => {
    const codesSeenBy = async (who: string, query = "") => {
      const response = await getSubmissions(
        get(`/api/v1/periods/${periodId}/submissions${query}`, tokens[who] as string),
        periodContext(periodId),
      );
      return (await conforms(submissionListResponseSchema, response)).data.map((s) => s.organizationCode);
    };
    expect(await codesSeenBy("district")).toEqual(["UBND-RACHGIA"]);
    expect(await codesSeenBy("skhdt")).toEqual(["SKHDT"]);
    expect(await codesSeenBy("compiler", "?organizationCode=SKHDT")).toEqual(["SKHDT"]);
    expect(await codesSeenBy("viewer")).toEqual([]);
    const missing = await getSubmissions(
      get("/api/v1/periods/cnotaperiod/submissions", tokens.compiler as string),
      periodContext("cnotaperiod"),
    );
    expect(missing.status).toBe(404);
  });
});

describe("PUT /api/v1/updates with the session cookie", () => {
  const session = (who: string) => ({ sessionActor: async () => actors[who] ?? null });
  const contribution = (expectedVersion: number) =>
    body({ organizationId: id("UBND-RACHGIA"), expectedVersion, results: "Rạch Giá rà soát 15 điểm." });

  it("refuses a write without an Origin, or from another site (CSRF), writing nothing", async () => {
    const withoutOrigin = await putUpdate(put(contribution(1), { host: HOST }), session("district"));
    expect(withoutOrigin.status).toBe(403);
    expect((await conforms(errorResponseSchema, withoutOrigin)).error.code).toBe("FORBIDDEN");
    const crossSite = await putUpdate(
      put(contribution(1), { host: HOST, origin: "https://evil.example" }),
      session("district"),
    );
    expect(crossSite.status).toBe(403);
    const row = await db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId, taskId: id("II.4.a"), organizationId: id("UBND-RACHGIA") },
    });
    expect(row).toMatchObject({ version: 1, results: "Rạch Giá rà soát 12 điểm." });
  });

  it("accepts a same-origin write, behind a proxy too", async () => {
    const sameOrigin = await putUpdate(
      put(contribution(1), { host: "10.0.0.5:3000", "x-forwarded-host": HOST, origin: `https://${HOST}` }),
      session("district"),
    );
    expect(sameOrigin.status).toBe(200);
    expect((await conforms(progressUpdateResponseSchema, sameOrigin)).data).toMatchObject({
      version: 2,
      organizationCode: "UBND-RACHGIA",
      results: "Rạch Giá rà soát 15 điểm.",
    });
  });

  it("answers 401 without a session; a token needs no Origin", async () => {
    const signedOut = await putUpdate(put(contribution(2), { host: HOST, origin: `https://${HOST}` }), {
      sessionActor: async () => null,
    });
    expect(signedOut.status).toBe(401);
    const token = await putUpdate(
      put(contribution(2), { ...bearer("district"), origin: "https://evil.example" }),
    );
    expect(token.status).toBe(200);
  });
});

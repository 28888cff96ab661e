/**
 * Hostile input against the services behind the forms and the API: SQL metacharacters in search, and ids
 * tampered with (another agency's, another plan's, a closed period's) refused with nothing written.
 */
import { searchTokens } from "@plan-tracker/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putUpdate } from "@/features/api/put-update";
import { createApiToken } from "@/features/api-tokens/create-api-token";
import { createComment } from "@/features/comments/create-comment";
import { searchPlans } from "@/features/search/data";
import { saveUpdate } from "@/features/updates/save-update";
import type { SaveUpdateInput } from "@/features/updates/schema";
import type { SessionActor } from "@/server/session";
import { codeOf } from "@/testing/integration";
import { createOtherPlan, type HostileWorld, openHostileWorld } from "./setup";

let world: HostileWorld;
let otherTaskId: string;
const ids: Record<string, string> = {};
const actors: Record<string, SessionActor> = {};
const METACHARACTERS = 'Mức 100% _đạt_ \\ "kép" \'đơn\'; DROP TABLE "Task";--';

beforeAll(async () => {
  world = await openHostileWorld("pt_hostile_ids");
  const { prisma } = world.db;
  ({ taskId: otherTaskId } = await createOtherPlan(world, METACHARACTERS));
  const periods = await prisma.reportingPeriod.findMany({ where: { plan: { symbol: "182/KH-UBND" } } });
  ids.open = periods.find((p) => p.state === "OPEN")?.id ?? "";
  ids.closed = periods.find((p) => p.state === "CLOSED")?.id ?? "";
  const task = await prisma.task.findFirstOrThrow({ where: { code: "II.4.a" } });
  ids.task = task.id;
  ids.STNMT = await world.orgId("STNMT");
  ids.SKHDT = await world.orgId("SKHDT");
  actors.stnmt = await world.actorFor("chuyenvien.stnmt@kiengiang.example");
  actors.skhdt = await world.actorFor("chuyenvien.skhdt@kiengiang.example");
}, 180_000);

afterAll(async () => {
  await world?.close();
});

describe("search with SQL metacharacters", () => {
  it.each([
    "100%",
    "_đạt_",
    "\\",
    "'đơn'",
    '"kép"',
    '\'; DROP TABLE "Task";--',
    "%",
    "_",
    "%%%",
    "' OR '1'='1",
  ])("%s finds exactly the tasks whose text contains it literally", async (query) => {
    const { tasks } = await searchPlans(query);
    // The oracle: every task's stored key, filtered in JavaScript where % and _ mean nothing special.
    const tokens = searchTokens(query);
    const all = await world.db.prisma.task.findMany({ select: { id: true, searchKey: true } });
    const expected = all.filter((t) => tokens.every((token) => t.searchKey.includes(token)));
    expect(tasks.length).toBe(Math.min(expected.length, 50));
    const expectedIds = new Set(expected.map((t) => t.id));
    expect(tasks.every((t) => expectedIds.has(t.id))).toBe(true);
    const hostileMatches = !["%%%", "' OR '1'='1"].includes(query);
    expect(tasks.some((t) => t.id === otherTaskId)).toBe(hostileMatches);
  });

  it("leaves the tables in place and still finds ordinary text", async () => {
    expect(await world.db.prisma.task.count()).toBeGreaterThan(10);
    const { tasks } = await searchPlans("tai nguyen nuoc");
    expect(tasks.length).toBeGreaterThan(0);
  });
});

function input(overrides: Partial<SaveUpdateInput> = {}): SaveUpdateInput {
  return {
    periodId: ids.open as string,
    taskId: ids.task as string,
    actionItemId: null,
    organizationId: ids.STNMT as string,
    expectedVersion: 0,
    status: "IN_PROGRESS",
    percent: 10,
    completedOn: null,
    results: "Ghi đè trái phép",
    resultScope: "PERIOD",
    difficulties: "",
    proposals: "",
    citedDocuments: [],
    indicatorValues: [],
    ...overrides,
  };
}

async function snapshot() {
  const { prisma } = world.db;
  return {
    updates: await prisma.progressUpdate.count(),
    texts: (await prisma.progressUpdate.findMany({ select: { results: true }, orderBy: { id: "asc" } })).map(
      (u) => u.results,
    ),
    comments: await prisma.comment.count(),
  };
}

describe("tampered ids in the services behind the forms", () => {
  it("refuses another agency's organization, another plan's task and a closed period, writing nothing", async () => {
    const before = await snapshot();
    // SKHDT's staff names STNMT as the agency: not theirs.
    expect(await codeOf(saveUpdate(world.db.prisma, actors.skhdt as SessionActor, input()))).toBe(
      "FORBIDDEN",
    );
    // A task of plan 999 with plan 182's open period.
    expect(
      await codeOf(saveUpdate(world.db.prisma, actors.stnmt as SessionActor, input({ taskId: otherTaskId }))),
    ).toBe("NOT_FOUND");
    // A closed period of the same plan.
    expect(
      await codeOf(
        saveUpdate(world.db.prisma, actors.stnmt as SessionActor, input({ periodId: ids.closed })),
      ),
    ).toBe("FORBIDDEN");
    // An id that is not an id at all.
    expect(
      await codeOf(
        saveUpdate(world.db.prisma, actors.stnmt as SessionActor, input({ taskId: "' OR 1=1 --" })),
      ),
    ).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a comment on another agency's draft update", async () => {
    const draft = await world.db.prisma.progressUpdate.findFirstOrThrow({
      where: { periodId: ids.open, organizationId: ids.SKHDT },
      select: { id: true },
    });
    const before = await snapshot();
    const code = await codeOf(
      createComment(world.db.prisma, actors.stnmt as SessionActor, {
        target: { updateId: draft.id },
        body: "<script>window.__pwned=1</script>",
      }),
    );
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(code);
    expect(await snapshot()).toEqual(before);
  });
});

describe("tampered ids in API calls (PUT /api/v1/updates)", () => {
  async function put(token: string, body: unknown) {
    return putUpdate(
      new Request("http://localhost/api/v1/updates", {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  }

  it("answers 403/404 for another agency's update, another plan's task and a closed period, writing nothing", async () => {
    const { token } = await createApiToken(world.db.prisma, actors.skhdt as SessionActor, {
      name: "Công cụ của SKHDT",
      expiresIn: "30",
    });
    const before = await snapshot();
    const other = await put(token, input());
    expect(other.status).toBe(403);
    expect((await other.json()).error.code).toBe("FORBIDDEN");
    const wrongPlan = await put(token, input({ organizationId: ids.SKHDT, taskId: otherTaskId }));
    expect(wrongPlan.status).toBe(404);
    const closed = await put(token, input({ organizationId: ids.SKHDT, periodId: ids.closed }));
    expect([403, 404]).toContain(closed.status);
    const injected = await put(token, { ...input(), organizationId: { not: "x" } });
    expect(injected.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * The authorization matrix over HTTP (issue 8): one test per row of e2e/authz/matrix.ts × caller
 * (signed out and the six roles) × own/other organization, against `next start`. Pages, routes and the
 * API are requested with each role's session cookie; server actions are POSTed as the browser does
 * (Next-Action header, React's encodeReply), and a refused action must leave its rows unchanged. A
 * completeness test fails when a page.tsx, route.ts method or exported server action is not in the table.
 */
import { type APIRequestContext, type APIResponse, test as base, expect } from "@playwright/test";
import {
  CROSS_PLAN_CALLERS,
  CROSS_PLANS,
  type CrossPlan,
  type CrossPlanCaller,
  type CrossPlanIds,
  type CrossPlanRow,
  crossPlanCase,
  crossPlanIds,
  crossPlanRowName,
  crossPlanRows,
} from "./authz/cross-plan";
import { closeDatabase, sql } from "./authz/db";
import { type ActionAnswer, type Caller, callAction, contextFor } from "./authz/http";
import { type MatrixIds, matrixIds } from "./authz/ids";
import { type ActionRef, actionManifest, appEntries, routeMethods, serverActions } from "./authz/inventory";
import { CALLERS, caseFor, matrix, rowName, scopesOf } from "./authz/matrix";
import { prepareMatrixData } from "./authz/setup";
import { readState } from "./authz/state";
import type { ActionRow, HttpRow, MatrixCaller, Outcome } from "./authz/types";

const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3300)}`;

interface Matrix {
  ids: MatrixIds;
  /** The plans of two focal agencies (many plans: authz/cross-plan.ts). */
  crossPlan: CrossPlanIds;
  manifest: Map<string, ActionRef>;
  as: (caller: Caller) => Promise<APIRequestContext>;
}

const test = base.extend<object, { matrix: Matrix }>({
  matrix: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its first parameter and requires an object pattern there, even an empty one
    async ({}, use) => {
      const contexts = new Map<Caller, Promise<APIRequestContext>>();
      const as = (caller: Caller) => {
        let context = contexts.get(caller);
        if (!context) {
          context = contextFor(caller, baseURL);
          contexts.set(caller, context);
        }
        return context;
      };
      const ids = await matrixIds();
      await prepareMatrixData(ids, await as("compiler"), baseURL);
      await use({ ids, crossPlan: await crossPlanIds(), manifest: actionManifest(), as });
      for (const context of contexts.values()) await (await context).dispose();
      await closeDatabase();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

test.describe.configure({ mode: "parallel" });
// No page here, and a trace would record every worker-level request context on each of the tests:
// the answers' own messages say what failed.
test.use({ trace: "off" });

function outcomeOf(response: APIResponse): Outcome | string {
  const status = response.status();
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", baseURL).pathname;
    if (location === "/sign-in") return "signIn";
    if (location === "/") return "home";
    return `redirect ${location}`;
  }
  const named: Record<number, Outcome> = {
    400: "badRequest",
    401: "unauthorized",
    403: "forbidden",
    404: "notFound",
    409: "conflict",
  };
  return named[status] ?? `status ${status}`;
}

const REFUSALS = ["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"];

function errorOf(answer: ActionAnswer): string | undefined {
  const value = answer.value as { error?: unknown; code?: unknown } | null | undefined;
  const code = value?.error ?? value?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Refused: an error the policy gives, a redirect to sign in, or a failed request. Void actions (mark a
 * notification read) answer nothing either way: for them the unchanged snapshot is the proof.
 */
function silent(answer: ActionAnswer): boolean {
  return answer.status === 200 && answer.redirect === null && answer.value === "$undefined";
}

function refused(answer: ActionAnswer): boolean {
  const error = errorOf(answer);
  return (
    (error !== undefined && REFUSALS.includes(error)) ||
    answer.redirect?.startsWith("/sign-in") === true ||
    answer.threw ||
    answer.status >= 400
  );
}

function describeAnswer(answer: ActionAnswer): string {
  return `HTTP ${answer.status}, redirect ${answer.redirect}, threw ${answer.threw}, value ${JSON.stringify(answer.value)}`;
}

async function runHttp(row: HttpRow, caller: MatrixCaller, matrix: Matrix, scope: "own" | "other") {
  const c = caseFor(row, caller, scope, matrix.ids, await readState(matrix.ids));
  const expected = row.expect(c);
  const context = await matrix.as(caller);
  const response = await context.fetch(row.path(c), {
    method: row.method,
    headers: row.body ? { Origin: baseURL, "Content-Type": "application/json" } : { Origin: baseURL },
    data: row.body ? JSON.stringify(row.body(c)) : undefined,
    maxRedirects: 0,
  });
  const body = await response.text();
  expect(
    outcomeOf(response),
    `${row.method} ${row.path(c)} as ${caller} (${scope}): ${body.slice(0, 200)}`,
  ).toBe(expected);
  if (expected === "ok" && row.check) row.check(c, body);
}

async function runAction(row: ActionRow, caller: MatrixCaller, matrix: Matrix, scope: "own" | "other") {
  const ref = matrix.manifest.get(row.entry);
  expect(ref, `${row.entry} is not in the build's server-reference-manifest.json`).toBeDefined();
  if (!ref) return;
  const c = caseFor(row, caller, scope, matrix.ids, await readState(matrix.ids));
  const context = await matrix.as(caller);
  if (!row.allowed(c)) {
    const before = await sql(row.snapshot(c));
    const answer = await callAction(context, baseURL, row.page(c), ref.id, row.args(c));
    expect(
      refused(answer) || silent(answer) || row.refusedWhen?.(answer) === true,
      `${row.entry} as ${caller} (${scope}) must be refused: ${describeAnswer(answer)}`,
    ).toBe(true);
    expect(await sql(row.snapshot(c)), `${row.entry} as ${caller} (${scope}) changed the database`).toEqual(
      before,
    );
    return;
  }
  const probe = row.allowedProbe;
  if (typeof probe === "string" && probe !== "call") {
    test.info().annotations.push({ type: "allowed side covered elsewhere", description: probe });
    test.skip(true, `allowed; not called over HTTP here: ${probe}`);
    return;
  }
  const args = typeof probe === "function" ? probe(c) : row.args(c);
  const answer = await callAction(context, baseURL, row.page(c), ref.id, args);
  const detail = `${row.entry} as ${caller} (${scope}) must pass the policy: ${describeAnswer(answer)}`;
  if (row.passedPolicyWhen?.(answer) === true) return;
  expect(refused(answer), detail).toBe(false);
  expect(errorOf(answer), detail).not.toBe("VALIDATION");
}

for (const row of matrix) {
  for (const caller of CALLERS) {
    for (const scope of scopesOf(row)) {
      test(`${rowName(row)} · ${caller} · ${scope}`, async ({ matrix: m }) => {
        if (row.kind === "action") await runAction(row, caller, m, scope);
        else await runHttp(row, caller, m, scope);
      });
    }
  }
}

/**
 * Many plans: each focal agency's compiler on its own plan's board and periods (allowed: a page answers,
 * an action gets past the policy to a CONFLICT) and on the other plan's (refused, nothing changed).
 */
async function runCrossPlan(row: CrossPlanRow, caller: CrossPlanCaller, plan: CrossPlan, matrix: Matrix) {
  const c = crossPlanCase(matrix.crossPlan, caller, plan);
  const context = await matrix.as(caller);
  const who = `${caller} on ${plan} (${c.focal ? "its focal agency's plan" : "another focal agency's plan"})`;
  if (row.kind === "page") {
    const response = await context.fetch(row.path(c), { headers: { Origin: baseURL }, maxRedirects: 0 });
    expect(outcomeOf(response), `GET ${row.path(c)} as ${who}`).toBe(c.focal ? "ok" : "notFound");
    return;
  }
  const ref = matrix.manifest.get(row.entry);
  expect(ref, `${row.entry} is not in the build's server-reference-manifest.json`).toBeDefined();
  if (!ref) return;
  const before = await sql(row.snapshot(c));
  const answer = await callAction(context, baseURL, row.page(c), ref.id, row.args(c));
  if (c.focal) {
    // Past the policy, refused by the state the arguments were chosen to meet: nothing changes.
    expect(errorOf(answer), `${row.entry} as ${who} must pass the policy: ${describeAnswer(answer)}`).toBe(
      "CONFLICT",
    );
    return;
  }
  expect(
    ["FORBIDDEN", "NOT_FOUND"].includes(errorOf(answer) ?? ""),
    `${row.entry} as ${who} must be refused by the policy: ${describeAnswer(answer)}`,
  ).toBe(true);
  expect(await sql(row.snapshot(c)), `${row.entry} as ${who} changed the database`).toEqual(before);
}

for (const row of crossPlanRows) {
  for (const caller of CROSS_PLAN_CALLERS) {
    for (const plan of CROSS_PLANS) {
      test(`many plans: ${crossPlanRowName(row)} · ${caller} · ${plan}`, async ({ matrix: m }) => {
        await runCrossPlan(row, caller, plan, m);
      });
    }
  }
}

test("the matrix lists every page, route method and server action, and nothing else", () => {
  const listed = new Set(
    matrix.filter((r): r is HttpRow => r.kind !== "action").map((r) => `${r.entry} ${r.method}`),
  );
  const expected = appEntries().flatMap((entry) =>
    entry.endsWith("page.tsx") ? [`${entry} GET`] : routeMethods(entry).map((m) => `${entry} ${m}`),
  );
  expect([...listed].sort(), "pages and route methods (src/app) vs the matrix").toEqual(
    [...new Set(expected)].sort(),
  );

  const actions = matrix.filter((r): r is ActionRow => r.kind === "action").map((r) => r.entry);
  expect(new Set(actions).size, "an action listed twice").toBe(actions.length);
  expect([...actions].sort(), "exported server actions vs the matrix").toEqual(serverActions());
  expect([...actionManifest().keys()].sort(), "the build's actions vs the matrix").toEqual(
    [...actions].sort(),
  );
});

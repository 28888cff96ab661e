/**
 * Many plans: a compiler of one focal agency runs its own plans' boards and periods, never another plan's.
 * The demo has two focal agencies with a compiler account: Sở TN&MT (tonghop@, plan 182/KH-UBND) and
 * Sở KH&ĐT (tonghop.skhdt@, plan 68/KH-UBND). Each row is tried by both compilers on both plans and must
 * answer as the policy says: allowed on the plan whose focal agency the compiler belongs to, refused on
 * the other. The main matrix (matrix.ts) has one focal agency; these rows add the plan dimension.
 *
 * Every action is called with arguments that cannot change anything once past the policy (a year that
 * is open already, a stale state, a sequence never sent, an agency not expected to report): the allowed
 * compiler is answered CONFLICT (proof that the policy let it through), the other must be refused
 * (FORBIDDEN, NOT_FOUND), and its snapshot must not change. Nothing here changes shared data even when
 * the policy is wrong.
 */
import type { Role } from "../accounts";
import { form } from "./actions-shared";
import { lit, sql, sqlOne } from "./db";

export const CROSS_PLAN_CALLERS = ["compiler", "planningCompiler"] as const satisfies Role[];
export type CrossPlanCaller = (typeof CROSS_PLAN_CALLERS)[number];

export const CROSS_PLANS = ["182/KH-UBND", "68/KH-UBND"] as const;
export type CrossPlan = (typeof CROSS_PLANS)[number];

/** The plan whose focal agency each compiler belongs to. */
const FOCAL_PLAN: Record<CrossPlanCaller, CrossPlan> = {
  compiler: "182/KH-UBND",
  planningCompiler: "68/KH-UBND",
};

/**
 * The agency report each plan's review rows address: one the focal compiler may act on without changing
 * it. 182: Giồng Riềng's 2026 report, SUBMITTED in the demo (no spec moves it: ids.ts); 68: Sở KH&ĐT's
 * 2026 draft (the demo's first round; no spec sends it), which the compiler may not accept (CONFLICT).
 */
const REVIEWED: Record<CrossPlan, string> = { "182/KH-UBND": "UBND-GIONGRIENG", "68/KH-UBND": "SKHDT" };
/** A ministry: expected to report in neither plan, so a reminder to it is refused as "nothing to remind". */
const NOT_EXPECTED = "BTNMT";

export interface CrossPlanIds {
  plans: Record<CrossPlan, { planId: string; period2026: string; reviewedOrg: string }>;
  notExpectedOrg: string;
}

export interface CrossPlanCase {
  caller: CrossPlanCaller;
  plan: CrossPlan;
  /** The caller's agency is the plan's focal agency. */
  focal: boolean;
  planId: string;
  period2026: string;
  reviewedOrg: string;
  notExpectedOrg: string;
}

export interface CrossPlanPageRow {
  kind: "page";
  name: string;
  path: (c: CrossPlanCase) => string;
}

export interface CrossPlanActionRow {
  kind: "action";
  /** `features/<f>/actions.ts#<export>`, as in the main matrix. */
  entry: string;
  page: (c: CrossPlanCase) => string;
  args: (c: CrossPlanCase) => unknown[];
  snapshot: (c: CrossPlanCase) => string;
}

export type CrossPlanRow = CrossPlanPageRow | CrossPlanActionRow;

export async function crossPlanIds(): Promise<CrossPlanIds> {
  const plans = {} as CrossPlanIds["plans"];
  for (const symbol of CROSS_PLANS) {
    const [row] = await sql(
      `SELECT pl.id, p.id FROM "Plan" pl JOIN "ReportingPeriod" p ON p."planId" = pl.id AND p.year = 2026
       WHERE pl.symbol = ${lit(symbol)}`,
    );
    if (!row?.[0] || !row[1]) throw new Error(`Plan ${symbol} with a 2026 period is not in the e2e database`);
    const reviewedOrg = await sqlOne(`SELECT id FROM "Organization" WHERE code = ${lit(REVIEWED[symbol])}`);
    plans[symbol] = { planId: row[0], period2026: row[1], reviewedOrg };
  }
  const notExpectedOrg = await sqlOne(`SELECT id FROM "Organization" WHERE code = ${lit(NOT_EXPECTED)}`);
  return { plans, notExpectedOrg };
}

export function crossPlanCase(ids: CrossPlanIds, caller: CrossPlanCaller, plan: CrossPlan): CrossPlanCase {
  return {
    caller,
    plan,
    focal: FOCAL_PLAN[caller] === plan,
    ...ids.plans[plan],
    notExpectedOrg: ids.notExpectedOrg,
  };
}

const idle = { status: "idle" };
const stateForm = (fields: Record<string, string>) => [idle, form(fields)];

const submissionSnapshot = (c: CrossPlanCase) =>
  `SELECT state, version, "updatedAt" FROM "AgencySubmission"
   WHERE "periodId" = ${lit(c.period2026)} AND "organizationId" = ${lit(c.reviewedOrg)}`;

export const crossPlanRows: CrossPlanRow[] = [
  {
    kind: "page",
    name: "the board (/periods/[periodId]/submissions)",
    path: (c) => `/periods/${c.period2026}/submissions`,
  },
  {
    kind: "page",
    name: "the periods page (/plans/[planId]/periods)",
    path: (c) => `/plans/${c.planId}/periods`,
  },
  ...(["acceptSubmissionAction", "returnSubmissionAction"] as const).map(
    (name): CrossPlanActionRow => ({
      kind: "action",
      entry: `features/submission-review/actions.ts#${name}`,
      page: (c) => `/periods/${c.period2026}/submissions/${c.reviewedOrg}`,
      // A sequence never sent: the focal compiler is told the report moved on (CONFLICT), nothing changes.
      args: (c) =>
        stateForm({
          periodId: c.period2026,
          organizationId: c.reviewedOrg,
          sequence: "999",
          reason: "Ma trận phân quyền: kế hoạch khác",
        }),
      snapshot: submissionSnapshot,
    }),
  ),
  {
    kind: "action",
    entry: "features/submission-review/actions.ts#remindAction",
    page: (c) => `/periods/${c.period2026}/submissions`,
    args: (c) => stateForm({ periodId: c.period2026, organizationId: c.notExpectedOrg }),
    snapshot: (c) =>
      `SELECT count(*) FROM "AuditEvent" WHERE action = 'submission.remind' AND "planId" = ${lit(c.planId)}
       UNION ALL SELECT count(*) FROM "Notification" WHERE link LIKE ${lit(`/periods/${c.period2026}/%`)}`,
  },
  {
    kind: "action",
    entry: "features/periods/actions.ts#openPeriodAction",
    page: (c) => `/plans/${c.planId}/periods`,
    // 2026 is open already: past the policy, refused as a duplicate year.
    args: (c) =>
      stateForm({
        planId: c.planId,
        year: "2026",
        cutoffDate: "15/11/2026",
        agencyDeadline: "25/11/2026",
        reportDueDate: "05/12/2026",
      }),
    snapshot: (c) => `SELECT count(*) FROM "ReportingPeriod" WHERE "planId" = ${lit(c.planId)}`,
  },
  {
    kind: "action",
    entry: "features/periods/actions.ts#changePeriodStateAction",
    page: (c) => `/plans/${c.planId}/periods`,
    // A stale "from" (2026 is open, not finalized): past the policy, refused as stale.
    args: (c) => stateForm({ periodId: c.period2026, from: "FINALIZED", to: "CLOSED", planId: c.planId }),
    snapshot: (c) => `SELECT state, "updatedAt" FROM "ReportingPeriod" WHERE id = ${lit(c.period2026)}`,
  },
];

export function crossPlanRowName(row: CrossPlanRow): string {
  return row.kind === "page" ? `page ${row.name}` : `action ${row.entry}`;
}

import "server-only";
import { searchTokens } from "@plan-tracker/core";
import type { Prisma } from "@plan-tracker/db";
import {
  planDocumentSelect,
  planLifecycleSelect,
  sectionTreeOrderBy,
  sectionTreeSelect,
  taskFieldsSelect,
} from "@plan-tracker/db/selects";
import { cache } from "react";
import { prisma } from "@/server/db";
import { likeLiteral } from "@/server/like-literal";
import type { PlanListFilter } from "./list-filter";

const orgRef = { select: { id: true, code: true, shortName: true, name: true } } as const;

/** What the task page shows of a task. */
const taskSelect = {
  ...taskFieldsSelect,
  leadOrganization: orgRef,
  coordinators: { select: { organization: orgRef } },
  genericCoordinators: { select: { phrase: true, scope: true } },
  actionItems: {
    orderBy: { order: "asc" },
    select: { id: true, code: true, content: true, timeText: true },
  },
} as const satisfies Prisma.TaskSelect;

/**
 * What a plan-page row shows of a task (the task page has the rest): the text for its title, the lead's
 * name, the coordinators' short names, the timing and how many action items it holds.
 */
const taskRowSelect = {
  id: true,
  code: true,
  heading: true,
  content: true,
  sectionId: true,
  kind: true,
  dueDate: true,
  periodStartYear: true,
  periodEndYear: true,
  leadImplied: true,
  leadScope: true,
  leadScopePhrase: true,
  leadOrganization: { select: { name: true } },
  coordinators: { select: { organization: { select: { id: true, shortName: true } } } },
  genericCoordinators: { select: { phrase: true } },
  _count: { select: { actionItems: true } },
} as const satisfies Prisma.TaskSelect;

/** The plans page shows at most this many plans; a province has dozens, the filter narrows the rest. */
export const PLAN_LIST_LIMIT = 200;

/**
 * The plans matching the filter (drafts and plans in force before those out of force, by the enum's order; then the most recently issued), with their task counts,
 * and the focal agencies and years to filter by: two queries whatever the number of plans.
 */
export async function listPlans(filter: PlanListFilter = {}) {
  const tokens = filter.q ? searchTokens(filter.q) : [];
  const where: Prisma.PlanWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.focal ? { focalOrganizationId: filter.focal } : {}),
    ...(filter.year
      ? {
          issuedOn: {
            gte: new Date(Date.UTC(filter.year, 0, 1)),
            lt: new Date(Date.UTC(filter.year + 1, 0, 1)),
          },
        }
      : {}),
    ...(tokens.length
      ? { AND: tokens.map((token) => ({ searchKey: { contains: likeLiteral(token) } })) }
      : {}),
  };
  const [plans, facets] = await Promise.all([
    prisma.plan.findMany({
      where,
      orderBy: [{ status: "asc" }, { issuedOn: "desc" }],
      take: PLAN_LIST_LIMIT,
      select: {
        id: true,
        symbol: true,
        title: true,
        issuedOn: true,
        validFromYear: true,
        validToYear: true,
        ...planLifecycleSelect,
        focalOrganization: orgRef,
        // Tasks retired by a re-import keep their history but are no longer part of the plan.
        _count: { select: { tasks: { where: { retiredAt: null } } } },
      },
    }),
    prisma.plan.findMany({
      select: { issuedOn: true, focalOrganization: { select: { id: true, name: true } } },
    }),
  ]);
  const focals = new Map(facets.map((f) => [f.focalOrganization.id, f.focalOrganization.name]));
  return {
    plans,
    focalOptions: [...focals]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    yearOptions: [...new Set(facets.map((f) => f.issuedOn.getUTCFullYear()))].sort((a, b) => b - a),
  };
}

/** The plans that may replace this one, for the lifecycle form: one query, bounded. */
export async function otherPlansOf(planId: string) {
  return prisma.plan.findMany({
    where: { id: { not: planId } },
    orderBy: { issuedOn: "desc" },
    take: PLAN_LIST_LIMIT,
    select: { id: true, symbol: true, title: true },
  });
}

/**
 * The plan with its whole tree. A fixed number of queries (one per relation level), whatever its size;
 * once per request (cache): the page and its metadata both ask for it.
 */
export const getPlanTree = cache(async (planId: string) => {
  return prisma.plan.findUnique({
    where: { id: planId },
    select: {
      ...planDocumentSelect,
      ...planLifecycleSelect,
      isPublic: true,
      issuer: orgRef,
      focalOrganization: orgRef,
      basisDocuments: {
        orderBy: { order: "asc" },
        select: { symbol: true, issuedOn: true, issuerName: true, title: true },
      },
      sections: { orderBy: sectionTreeOrderBy, select: sectionTreeSelect },
      tasks: {
        where: { retiredAt: null },
        orderBy: { order: "asc" },
        select: taskRowSelect,
      },
    },
  });
});

export type PlanTree = NonNullable<Awaited<ReturnType<typeof getPlanTree>>>;
export type PlanTask = PlanTree["tasks"][number];

/** One task with its section path and plan header; once per request (page and metadata). */
export const getTask = cache(async (taskId: string) => {
  return prisma.task.findUnique({
    where: { id: taskId },
    select: {
      ...taskSelect,
      section: { select: { code: true, number: true, heading: true } },
      plan: {
        select: { id: true, symbol: true, title: true, focalOrganizationId: true, ...planLifecycleSelect },
      },
    },
  });
});

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTask>>>;

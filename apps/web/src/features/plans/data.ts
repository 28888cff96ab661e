import "server-only";
import type { Prisma } from "@plan-tracker/db";
import {
  planDocumentSelect,
  sectionTreeOrderBy,
  sectionTreeSelect,
  taskFieldsSelect,
} from "@plan-tracker/db/selects";
import { cache } from "react";
import { prisma } from "@/server/db";

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

/** Every plan with its task count: one query. */
export async function listPlans() {
  return prisma.plan.findMany({
    orderBy: { issuedOn: "desc" },
    select: {
      id: true,
      symbol: true,
      title: true,
      issuedOn: true,
      validFromYear: true,
      validToYear: true,
      status: true,
      focalOrganization: orgRef,
      // Tasks retired by a re-import keep their history but are no longer part of the plan.
      _count: { select: { tasks: { where: { retiredAt: null } } } },
    },
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
      plan: { select: { id: true, symbol: true, title: true, focalOrganizationId: true } },
    },
  });
});

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTask>>>;

import "server-only";
import { searchTokens } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import {
  organizationCodeSelect,
  organizationDirectorySelect,
  planDocumentSelect,
  sectionTreeOrderBy,
  sectionTreeSelect,
  taskFieldsSelect,
} from "@plan-tracker/db/selects";
import { likeLiteral } from "@/server/like-literal";
import type { OrganizationListQuery, PlanListQuery } from "./schemas";

/**
 * Reads behind /api/v1. Each takes the Prisma client (the app passes its singleton, tests a throwaway
 * database) and issues a fixed number of queries whatever the data size.
 */

const code = { select: organizationCodeSelect } as const;

export async function listPlansForApi(db: PrismaClient, query: PlanListQuery = {}) {
  return db.plan.findMany({
    where: query.status ? { status: query.status } : undefined,
    orderBy: [{ issuedOn: "desc" }, { symbol: "asc" }],
    select: {
      id: true,
      symbol: true,
      title: true,
      issuedOn: true,
      status: true,
      validFromYear: true,
      validToYear: true,
      focalOrganization: code,
      _count: { select: { tasks: true } },
    },
  });
}

export type PlanSummaryRow = Awaited<ReturnType<typeof listPlansForApi>>[number];

export async function getPlanForApi(db: PrismaClient, planId: string) {
  return db.plan.findUnique({
    where: { id: planId },
    select: {
      ...planDocumentSelect,
      issuer: code,
      focalOrganization: code,
      basisDocuments: {
        orderBy: { order: "asc" },
        select: { order: true, symbol: true, issuedOn: true, issuerName: true, title: true },
      },
      sections: { orderBy: sectionTreeOrderBy, select: sectionTreeSelect },
      tasks: {
        where: { retiredAt: null },
        orderBy: { order: "asc" },
        select: {
          ...taskFieldsSelect,
          leadOrganization: code,
          coordinators: { select: { organization: code } },
          genericCoordinators: { orderBy: { id: "asc" }, select: { phrase: true, scope: true } },
          actionItems: {
            orderBy: { order: "asc" },
            select: { id: true, code: true, content: true, timeText: true, dueDate: true },
          },
        },
      },
    },
  });
}

export type PlanDetailRow = NonNullable<Awaited<ReturnType<typeof getPlanForApi>>>;

export async function listOrganizationsForApi(db: PrismaClient, query: OrganizationListQuery = {}) {
  const tokens = query.q ? searchTokens(query.q) : [];
  return db.organization.findMany({
    where: {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(tokens.length
        ? { AND: tokens.map((token) => ({ searchKey: { contains: likeLiteral(token) } })) }
        : {}),
    },
    orderBy: { code: "asc" },
    select: {
      ...organizationDirectorySelect,
      aliases: true,
      parent: code,
      succeededBy: { orderBy: { event: { effectiveOn: "asc" } }, select: { successor: code } },
    },
  });
}

export type OrganizationRow = Awaited<ReturnType<typeof listOrganizationsForApi>>[number];

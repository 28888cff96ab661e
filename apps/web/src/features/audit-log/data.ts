import "server-only";
import { type Actor, authorize } from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";
import { type AuditFilter, auditTimeRange } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  planId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Cursor of the next (older) page, when there is one. */
  older: bigint | null;
  /** Cursor of the previous (newer) page, when this is not the first. */
  newer: bigint | null;
}

export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const at = auditTimeRange(filter);
  return {
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.org ? { actorOrgId: filter.org } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
}

const rowSelect = {
  id: true,
  at: true,
  actorId: true,
  actorOrgId: true,
  action: true,
  entityType: true,
  entityId: true,
  planId: true,
  before: true,
  after: true,
  ip: true,
  userAgent: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

type SelectedRow = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

/** Rows with their actor's organization named: one query for the organizations of the whole batch. */
async function withOrganizations(db: PrismaClient, rows: SelectedRow[]): Promise<AuditRow[]> {
  const orgIds = [...new Set(rows.flatMap((row) => (row.actorOrgId ? [row.actorOrgId] : [])))];
  const orgs = orgIds.length
    ? await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, shortName: true } })
    : [];
  const orgName = new Map(orgs.map((org) => [org.id, org.shortName]));
  return rows.map(({ actor, ...row }) => ({
    ...row,
    actorName: actor?.name ?? null,
    actorEmail: actor?.email ?? null,
    actorOrgName: row.actorOrgId ? (orgName.get(row.actorOrgId) ?? null) : null,
  }));
}

/**
 * One page of the audit log, newest first, by keyset on the id: `after` lists the events older than
 * that id, `before` the ones newer (the page before). Two queries whatever the table's size.
 */
export async function listAuditEvents(
  db: PrismaClient,
  actor: Actor,
  filter: AuditFilter,
  cursor: { after?: bigint; before?: bigint } = {},
): Promise<AuditPage> {
  authorize(actor, "audit.read");
  const where = auditWhere(filter);
  const backwards = cursor.before !== undefined && cursor.after === undefined;
  const idBound = backwards
    ? { gt: cursor.before }
    : cursor.after !== undefined
      ? { lt: cursor.after }
      : undefined;
  const found = await db.auditEvent.findMany({
    where: idBound ? { AND: [where, { id: idBound }] } : where,
    orderBy: { id: backwards ? "asc" : "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: rowSelect,
  });
  const more = found.length > AUDIT_PAGE_SIZE;
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  if (backwards) page.reverse();
  const rows = await withOrganizations(db, page);
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  return {
    rows,
    older: backwards ? (cursor.before !== undefined ? last : null) : more ? last : null,
    newer: backwards ? (more ? first : null) : cursor.after !== undefined ? first : null,
  };
}

/** Every matching event, newest first, in batches (for the CSV export): memory stays flat however many. */
export async function* allAuditEvents(
  db: PrismaClient,
  actor: Actor,
  filter: AuditFilter,
  batchSize = 1000,
): AsyncGenerator<AuditRow[]> {
  authorize(actor, "audit.read");
  const where = auditWhere(filter);
  let after: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: after === undefined ? where : { AND: [where, { id: { lt: after } }] },
      orderBy: { id: "desc" },
      take: batchSize,
      select: rowSelect,
    });
    if (batch.length === 0) return;
    yield await withOrganizations(db, batch);
    if (batch.length < batchSize) return;
    after = batch.at(-1)?.id;
  }
}

/** The people and organizations the filter form offers (two queries, bounded by the directory's size). */
export async function loadAuditFilterChoices(db: PrismaClient, actor: Actor) {
  authorize(actor, "audit.read");
  const [users, organizations] = await Promise.all([
    db.user.findMany({
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true },
    }),
    db.organization.findMany({ orderBy: { shortName: "asc" }, select: { id: true, shortName: true } }),
  ]);
  return { users, organizations };
}

import type { Prisma, PrismaClient } from "./index";

/** A Prisma client or the transaction client of `$transaction(async (tx) => ...)`. */
export type AuditWriter = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  /** The user who acted; null for the system (jobs, setup). */
  actorId: string | null;
  /** The organization the actor acted for, when the action is on behalf of one. */
  actorOrgId?: string | null;
  /** "<entity>.<verb>", as the policy names actions: "apiToken.create", "submission.return"… */
  action: string;
  entityType: string;
  entityId: string;
  planId?: string | null;
  /** Plain JSON of the state before and after. Never secrets (tokens, hashes, passwords). */
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Appends one audit event. Pass the transaction client so the event commits or rolls back with the
 * change it records. The table is append-only (a trigger refuses UPDATE and DELETE).
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      actorOrgId: entry.actorOrgId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      planId: entry.planId ?? null,
      ...(entry.before === undefined ? {} : { before: entry.before }),
      ...(entry.after === undefined ? {} : { after: entry.after }),
      ip: entry.ip ?? null,
      // Bounded: the header is client-controlled.
      userAgent: entry.userAgent ? entry.userAgent.slice(0, 500) : null,
    },
  });
}

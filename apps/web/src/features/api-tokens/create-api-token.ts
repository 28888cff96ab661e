import "server-only";
import { type Actor, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import type { CreateApiTokenInput } from "./schema";
import { expiresAtFor, generateApiToken } from "./token";

export interface CreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  /** The secret: returned once, to be shown once; never stored. */
  token: string;
}

/** Creates a token for the actor (tokens act as their owner) and records it in the audit log. */
export async function createApiToken(
  db: PrismaClient,
  actor: Actor,
  input: CreateApiTokenInput,
  context: { ip?: string | null; userAgent?: string | null; now?: Date } = {},
): Promise<CreatedApiToken> {
  authorize(actor, "apiToken.manage", { ownerUserId: actor.userId });
  const now = context.now ?? new Date();
  const generated = generateApiToken();
  const expiresAt = expiresAtFor(input.expiresIn, now);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        name: input.name,
        tokenHash: generated.tokenHash,
        prefix: generated.prefix,
        createdAt: now,
        expiresAt,
      },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: row.id,
      after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { ...row, token: generated.token };
  });
}

import "server-only";
import { AppError, authorize, userSearchKey } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { issueResetToken } from "@/features/accounts/issue-reset-token";
import { recordAudit } from "@/server/audit";
import type { SessionActor } from "@/server/session";
import type { CreateUserInput } from "./schema";

/**
 * Creates an account with one membership and no password: the person receives a link to set their own,
 * so no password ever travels by email or passes through the administrator.
 */
export async function createUser(
  db: PrismaClient,
  actor: SessionActor,
  input: CreateUserInput,
  context: { ip?: string | null; userAgent?: string | null; now?: Date; baseUrl: string },
): Promise<{ id: string }> {
  authorize(actor, "user.manage");
  authorize(actor, "membership.manage", { organizationId: input.organizationId, role: input.role });
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, validTo: true },
    });
    if (!organization)
      throw new AppError("VALIDATION", {
        details: { fieldErrors: { organizationId: ["organizationUnknown"] } },
      });
    // A merged or renamed agency keeps its history but takes no new people.
    if (organization.validTo && organization.validTo < now)
      throw new AppError("VALIDATION", {
        details: { fieldErrors: { organizationId: ["organizationEnded"] } },
      });
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", { details: { fieldErrors: { email: ["emailTaken"] } } });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        searchKey: userSearchKey(input),
        memberships: { create: { organizationId: organization.id, role: input.role } },
      },
      select: { id: true, email: true, name: true },
    });
    const issued = await issueResetToken(tx, user, { kind: "invite", baseUrl: context.baseUrl, now });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: {
        email: user.email,
        name: user.name,
        organizationId: organization.id,
        role: input.role,
        inviteTokenId: issued.tokenId,
      },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { id: user.id };
  });
}

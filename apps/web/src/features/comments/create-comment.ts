import "server-only";
import { type Actor, authorize, isMemberOf } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { notificationText } from "@/features/notifications/texts";
import type { AuditContext } from "@/features/submissions/agency-context";
import type { Db } from "@/features/submissions/load-agency-report";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notify";
import type { CreateCommentInput } from "./schema";
import { type ResolvedTarget, resolveCommentTarget } from "./target";

const EXCERPT = 200;
const TITLE_KEY = {
  update: "commentOnUpdate",
  submission: "commentOnSubmission",
  task: "commentOnTask",
} as const;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

/**
 * Adds a comment to an update, a submission or a task the actor may read (policy `comment.create`), with
 * its audit event and notifications to the people concerned. FORBIDDEN otherwise, NOT_FOUND when the
 * target does not exist.
 */
export async function createComment(
  db: PrismaClient,
  actor: Actor,
  input: CreateCommentInput,
  context: AuditContext = {},
): Promise<{ id: string; notified: number }> {
  const target = await resolveCommentTarget(db, input.target);
  authorize(actor, "comment.create", target.policy);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { ...input.target, authorId: actor.userId, body: input.body, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorOrgId: actingOrganization(actor, target),
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      planId: target.planId,
      after: { ...input.target, body: input.body },
      ip: context.ip,
      userAgent: context.userAgent,
    });
    const notified = await notifyConcerned(tx, actor, target, input.body);
    return { id: comment.id, notified };
  });
}

/** The organization the author speaks for: the target's agency if they report for it, else the focal agency. */
function actingOrganization(actor: Actor, target: ResolvedTarget): string | null {
  if (target.agencyId && isMemberOf(actor, target.agencyId, "APPROVER", "STAFF")) return target.agencyId;
  if (isMemberOf(actor, target.focalOrganizationId)) return target.focalOrganizationId;
  return null;
}

/**
 * Who hears of a comment: when the agency speaks, the focal agency's compilers; when anyone else speaks
 * (the compiler asks, a leader remarks), the agency's approvers and staff; and whoever already wrote in
 * the thread. Only people who may read the target are told (an agency's draft stays its own), never the
 * author.
 */
async function notifyConcerned(tx: Db, actor: Actor, target: ResolvedTarget, body: string): Promise<number> {
  // The agency speaks through its staff and approvers; a compiler of the focal agency asks, even when the
  // focal agency is the one reporting (Sở TN&MT both compiles plan 182 and leads its tasks).
  const fromAgency = target.agencyId !== null && isMemberOf(actor, target.agencyId, "APPROVER", "STAFF");
  const group =
    fromAgency || !target.agencyId
      ? { organizationId: target.focalOrganizationId, role: { in: ["COMPILER" as const] } }
      : { organizationId: target.agencyId, role: { in: ["APPROVER" as const, "STAFF" as const] } };
  const [members, earlier] = await Promise.all([
    tx.membership.findMany({ where: { ...group, user: { lockedAt: null } }, select: { userId: true } }),
    tx.comment.findMany({
      where: { ...target.ref, deletedAt: null },
      distinct: ["authorId"],
      select: { authorId: true },
    }),
  ]);
  const candidates = new Set([...members.map((m) => m.userId), ...earlier.map((c) => c.authorId)]);
  candidates.delete(actor.userId);
  if (candidates.size === 0) return 0;

  const [users, author] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: [...candidates] }, lockedAt: null },
      select: { id: true, memberships: { select: { organizationId: true, role: true } } },
    }),
    tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } }),
  ]);
  const readers = users.filter((u) => target.canRead({ userId: u.id, memberships: u.memberships }));
  const inAgency = (u: (typeof readers)[number]) =>
    target.agencyId !== null &&
    u.memberships.some(
      (m) => m.organizationId === target.agencyId && (m.role === "APPROVER" || m.role === "STAFF"),
    );
  const message = {
    kind: "comment.created",
    title: notificationText(TITLE_KEY[target.kind], {
      author: author.name,
      code: target.code,
      org: target.agencyName,
    }),
    body: excerpt(body),
  };
  const toAgency = await notify(
    tx,
    readers.filter(inAgency).map((u) => u.id),
    { ...message, link: target.links.agency },
  );
  const toOthers = await notify(
    tx,
    readers.filter((u) => !inAgency(u)).map((u) => u.id),
    { ...message, link: target.links.focal },
  );
  return toAgency + toOthers;
}

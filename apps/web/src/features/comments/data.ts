import "server-only";
import { type Actor, AppError, can } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { CommentTargetRef } from "./schema";
import { resolveCommentTarget } from "./target";

export interface CommentItem {
  id: string;
  body: string;
  createdAt: Date;
  author: { id: string; name: string };
  /** The organization the author speaks for here: the target's agency, else the focal agency, else their first. */
  authorOrganization: string | null;
  /** Whether the author speaks for the target's agency (answers) or not (the focal agency asks). */
  fromAgency: boolean;
}

export interface CommentThreadData {
  comments: CommentItem[];
  canComment: boolean;
}

/** A thread is long at a few dozen entries; the newest are kept if one ever grows past this. */
const THREAD_LIMIT = 500;

/**
 * The comments on a target the actor may read, oldest first. FORBIDDEN when the actor may not read the
 * target (an agency's draft, another agency's submission), NOT_FOUND when it does not exist.
 * Three queries whatever the thread's length.
 */
export async function listComments(
  db: PrismaClient,
  actor: Actor,
  ref: CommentTargetRef,
): Promise<CommentThreadData> {
  const target = await resolveCommentTarget(db, ref);
  if (!target.canRead(actor)) {
    throw new AppError("FORBIDDEN", { message: `User ${actor.userId} may not read comments of this target` });
  }
  const rows = await db.comment.findMany({
    where: { ...ref, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: THREAD_LIMIT,
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: {
        select: {
          id: true,
          name: true,
          memberships: {
            orderBy: { createdAt: "asc" },
            select: { organizationId: true, role: true, organization: { select: { shortName: true } } },
          },
        },
      },
    },
  });
  const comments = rows.reverse().map((row) => {
    const memberships = row.author.memberships;
    // Speaking for the agency: one of its staff or approvers (a focal compiler may belong to it too).
    const own = memberships.find(
      (m) => m.organizationId === target.agencyId && (m.role === "APPROVER" || m.role === "STAFF"),
    );
    const focal = memberships.find((m) => m.organizationId === target.focalOrganizationId);
    const shown = own ?? focal ?? memberships[0];
    return {
      id: row.id,
      body: row.body,
      createdAt: row.createdAt,
      author: { id: row.author.id, name: row.author.name },
      authorOrganization: shown?.organization.shortName ?? null,
      fromAgency: own !== undefined,
    };
  });
  return { comments, canComment: can(actor, "comment.create", target.policy) };
}

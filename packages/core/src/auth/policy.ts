import { AppError } from "../errors";
import { isAgencyEditable, isAgencyPrivate } from "../workflow/states";
import type {
  Action,
  ActionResources,
  CommentTarget,
  ResourceArgs,
  SubmissionReadResource,
  UpdateResource,
} from "./resources";
import { type Actor, hasRoleAnywhere, isMemberOf, type Role } from "./roles";

type Rule<A extends Action> = (actor: Actor, resource: ActionResources[A]) => boolean;

const isMember = (actor: Actor): boolean => actor.memberships.length > 0;
const isAdmin = (actor: Actor): boolean => hasRoleAnywhere(actor, "ADMIN");
const isLeader = (actor: Actor): boolean => hasRoleAnywhere(actor, "LEADER");
const isFocalCompiler = (actor: Actor, focalOrganizationId: string): boolean =>
  isMemberOf(actor, focalOrganizationId, "COMPILER");

/** Roles a compiler may hand out: the agencies' own, never the province-wide or focal ones. */
const COMPILER_GRANTABLE: readonly Role[] = ["APPROVER", "STAFF", "VIEWER"];

function canReadUpdate(actor: Actor, r: UpdateResource): boolean {
  // Within the agency, drafts are shared by everyone who belongs to it.
  if (isMemberOf(actor, r.organizationId)) return true;
  // Outside it, nothing until the agency submits: one agency never sees another's drafts,
  // and a returned report is a draft again.
  if (isAgencyPrivate(r.state)) return false;
  return (
    isAdmin(actor) ||
    isLeader(actor) ||
    isFocalCompiler(actor, r.planFocalOrganizationId) ||
    // The lead agency answers for the task and shows its coordinators' contributions beside its own.
    isMemberOf(actor, r.taskLeadOrganizationId, "STAFF", "APPROVER") ||
    // Viewers see what the focal agency has accepted, the material the dashboards are built from.
    (r.state === "ACCEPTED" && hasRoleAnywhere(actor, "VIEWER"))
  );
}

function canReadSubmission(actor: Actor, r: SubmissionReadResource): boolean {
  if (isMemberOf(actor, r.organizationId)) return true;
  // A returned submission stays visible to the focal agency: it is the snapshot that was returned,
  // with the reasons; the agency's live edits remain private through update.read.
  if (r.submissionState === "DRAFT") return false;
  return isAdmin(actor) || isLeader(actor) || isFocalCompiler(actor, r.planFocalOrganizationId);
}

function canComment(actor: Actor, target: CommentTarget): boolean {
  // A viewer only reads; any other role may speak on what it can read.
  if (!hasRoleAnywhere(actor, "ADMIN", "LEADER", "COMPILER", "APPROVER", "STAFF")) return false;
  switch (target.on) {
    case "task":
      return isMember(actor);
    case "update":
      return canReadUpdate(actor, target);
    case "submission":
      return canReadSubmission(actor, target);
  }
}

const RULES: { readonly [A in Action]: Rule<A> } = {
  "plan.read": isMember,
  "plan.manage": (actor, r) => isAdmin(actor) || isFocalCompiler(actor, r.focalOrganizationId),
  "organization.read": isMember,
  // Organizations are province-wide reference data that the focal agencies maintain (renames, merges).
  "organization.manage": (actor) => hasRoleAnywhere(actor, "ADMIN", "COMPILER"),
  "user.manage": isAdmin,
  "membership.manage": (actor, r) =>
    isAdmin(actor) || (hasRoleAnywhere(actor, "COMPILER") && COMPILER_GRANTABLE.includes(r.role)),
  "audit.read": isAdmin,
  "settings.manage": isAdmin,
  "period.manage": (actor, r) => isAdmin(actor) || isFocalCompiler(actor, r.focalOrganizationId),
  "update.read": canReadUpdate,
  "update.write": (actor, r) =>
    isMemberOf(actor, r.organizationId, "STAFF", "APPROVER") &&
    isAgencyEditable(r.submissionState, r.periodState),
  "submission.submit": (actor, r) =>
    (isMemberOf(actor, r.organizationId, "APPROVER") ||
      // An agency without an approver account still reports: its staff sign it off.
      (!r.agencyHasApprover && isMemberOf(actor, r.organizationId, "STAFF"))) &&
    isAgencyEditable(r.submissionState, r.periodState),
  "submission.review": (actor, r) =>
    isFocalCompiler(actor, r.planFocalOrganizationId) &&
    r.submissionState === "SUBMITTED" &&
    (r.periodState === "OPEN" || r.periodState === "COMPILING"),
  "submission.read": canReadSubmission,
  "submission.list": (actor, r) =>
    isAdmin(actor) || isLeader(actor) || isFocalCompiler(actor, r.focalOrganizationId),
  "report.read": (actor, r) =>
    isAdmin(actor) ||
    isLeader(actor) ||
    isFocalCompiler(actor, r.focalOrganizationId) ||
    (r.reportState !== "DRAFT" && hasRoleAnywhere(actor, "VIEWER")),
  "report.edit": (actor, r) => isFocalCompiler(actor, r.focalOrganizationId) && r.reportState === "DRAFT",
  "report.finalize": (actor, r) => isFocalCompiler(actor, r.focalOrganizationId) && r.reportState === "DRAFT",
  "report.markSent": (actor, r) => isFocalCompiler(actor, r.focalOrganizationId) && r.reportState === "FINAL",
  // A finalized or sent report is never changed: a change starts a new draft version.
  "report.reopen": (actor, r) => isFocalCompiler(actor, r.focalOrganizationId) && r.reportState !== "DRAFT",
  "submission.remind": (actor, r) => isFocalCompiler(actor, r.focalOrganizationId),
  "directive.create": isLeader,
  "directive.answer": (actor, r) => isMemberOf(actor, r.targetOrganizationId, "STAFF", "APPROVER"),
  // Leadership acts as one body: any leader may close a directive, not only its author.
  "directive.close": isLeader,
  "comment.create": canComment,
  // Tokens act as their owner, so only the owner handles them; no membership needed.
  "apiToken.manage": (actor, r) => r.ownerUserId === actor.userId,
  // One's own inbox: read, mark read. Nobody else's, whatever the role.
  "notification.manage": (actor, r) => r.recipientUserId === actor.userId,
  "dashboard.read": (actor) => hasRoleAnywhere(actor, "ADMIN", "LEADER", "COMPILER", "VIEWER"),
  // Publishing a plan on the public transparency page is a decision of the system's administrators.
  "plan.publish": isAdmin,
};

export const ACTIONS = Object.keys(RULES) as Action[];

/** The one authorization decision. No actor (signed out) is never allowed anything. */
export function can<A extends Action>(
  actor: Actor | null | undefined,
  action: A,
  ...args: ResourceArgs<A>
): boolean {
  if (!actor) return false;
  const rule = RULES[action] as Rule<A>;
  return rule(actor, args[0] as ActionResources[A]);
}

/** `can`, or throw: UNAUTHENTICATED when signed out, FORBIDDEN otherwise. */
export function authorize<A extends Action>(
  actor: Actor | null | undefined,
  action: A,
  ...args: ResourceArgs<A>
): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: `Not signed in for ${action}` });
  if (!can(actor, action, ...args)) {
    throw new AppError("FORBIDDEN", {
      message: `User ${actor.userId} may not ${action}`,
      details: { action, resource: args[0] },
    });
  }
}

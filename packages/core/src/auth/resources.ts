import type { PeriodState, ReportState, SubmissionState } from "../workflow/states";
import type { Role } from "./roles";

/** A plan-level resource (plan, period, consolidated report) is governed by the plan's focal agency. */
export type PlanResource = { focalOrganizationId: string };

/** A progress update, owned by the agency that wrote it (`organizationId`). */
export type UpdateResource = {
  organizationId: string;
  /** The owning agency's submission state for the period. */
  state: SubmissionState;
  planFocalOrganizationId: string;
  /** The task's lead (chủ trì); differs from `organizationId` when the update is a coordinator's contribution. */
  taskLeadOrganizationId: string;
};

/** What the agency may still do with its report for a period. */
export type AgencyReportResource = {
  organizationId: string;
  submissionState: SubmissionState;
  periodState: PeriodState;
};

/**
 * Submitting the agency's report: the approver signs it off; where the agency has no approver member,
 * its staff submit in its place.
 */
export type SubmissionSubmitResource = AgencyReportResource & { agencyHasApprover: boolean };

export type SubmissionReviewResource = AgencyReportResource & { planFocalOrganizationId: string };

export type SubmissionReadResource = {
  organizationId: string;
  submissionState: SubmissionState;
  planFocalOrganizationId: string;
};

export type ReportResource = PlanResource & { reportState: ReportState };

export type DirectiveAnswerResource = { targetOrganizationId: string };

/** A comment goes on something the commenter can read. */
export type CommentTarget =
  | { on: "task" }
  | ({ on: "update" } & UpdateResource)
  | ({ on: "submission" } & SubmissionReadResource);

export type ApiTokenResource = { ownerUserId: string };

/** An in-app notification belongs to its recipient. */
export type NotificationResource = { recipientUserId: string };

/** Granting or revoking a role in an organization. */
export type MembershipResource = { organizationId: string; role: Role };

/** Every action the policy decides, with the resource it needs (`undefined`: none). */
export type ActionResources = {
  "plan.read": undefined;
  "plan.manage": PlanResource;
  "organization.read": undefined;
  "organization.manage": undefined;
  "user.manage": undefined;
  "membership.manage": MembershipResource;
  "audit.read": undefined;
  "settings.manage": undefined;
  "period.manage": PlanResource;
  "update.read": UpdateResource;
  "update.write": AgencyReportResource;
  "submission.submit": SubmissionSubmitResource;
  "submission.review": SubmissionReviewResource;
  "submission.read": SubmissionReadResource;
  /** Watching every agency's submission state for a plan's period (who has / has not submitted). */
  "submission.list": PlanResource;
  "report.read": ReportResource;
  "report.edit": ReportResource;
  "report.finalize": ReportResource;
  "report.markSent": ReportResource;
  "report.reopen": ReportResource;
  "submission.remind": PlanResource;
  "directive.create": undefined;
  "directive.answer": DirectiveAnswerResource;
  "directive.close": undefined;
  "comment.create": CommentTarget;
  "apiToken.manage": ApiTokenResource;
  "notification.manage": NotificationResource;
  "dashboard.read": undefined;
  /** Showing or hiding a plan on the public transparency page. */
  "plan.publish": undefined;
};

export type Action = keyof ActionResources;

/** The rest argument of `can`/`authorize`: required when the action has a resource, absent otherwise. */
export type ResourceArgs<A extends Action> = ActionResources[A] extends undefined
  ? [resource?: undefined]
  : [resource: ActionResources[A]];

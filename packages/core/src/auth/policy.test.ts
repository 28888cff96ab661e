import { describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../errors";
import { PERIOD_STATES, REPORT_STATES, SUBMISSION_STATES, type SubmissionState } from "../workflow/states";
import { ACTIONS, authorize, can } from "./policy";
import type { Action, ActionResources, CommentTarget } from "./resources";
import { type Actor, ROLES, type Role } from "./roles";

// The world every case is set in: the agency that owns the resource, the plan's focal agency,
// the lead of the task (when the owner is a coordinator), and an unrelated agency.
const ORG = { own: "org-own", focal: "org-focal", lead: "org-lead", other: "org-other" } as const;
type Place = keyof typeof ORG;
const PLACES = Object.keys(ORG) as Place[];
const ME = "user-me";

/**
 * Who is allowed: "ROLE@place", with "*" for any role or any place. "signed-in" is anyone with a
 * session, memberships or not. This is the specification; the cases below are generated from it.
 */
type Grant = `${Role | "*"}@${Place | "*"}` | "signed-in";
type Variant<A extends Action> = { label: string; resource: ActionResources[A]; allowed: Grant[] };
type Spec = { [A in Action]: Variant<A>[] };

const NOT_PRIVATE: SubmissionState[] = ["SUBMITTED", "ACCEPTED"];
const AGENCY_EDITABLE = new Set(["OPEN/DRAFT", "OPEN/RETURNED", "COMPILING/RETURNED"]);
const only = (allowed: Grant[]) => [{ label: "-", resource: undefined, allowed }];

const updateReaders = (state: SubmissionState): Grant[] => [
  "*@own",
  ...(NOT_PRIVATE.includes(state)
    ? (["ADMIN@*", "LEADER@*", "COMPILER@focal", "STAFF@lead", "APPROVER@lead"] as const)
    : []),
  ...(state === "ACCEPTED" ? (["VIEWER@*"] as const) : []),
];
const submissionReaders = (state: SubmissionState): Grant[] => [
  "*@own",
  ...(state === "DRAFT" ? [] : (["ADMIN@*", "LEADER@*", "COMPILER@focal"] as const)),
];
const updateResource = (state: SubmissionState) => ({
  organizationId: ORG.own,
  state,
  planFocalOrganizationId: ORG.focal,
  taskLeadOrganizationId: ORG.lead,
});
const submissionResource = (submissionState: SubmissionState) => ({
  organizationId: ORG.own,
  submissionState,
  planFocalOrganizationId: ORG.focal,
});
const agencyStates = <T>(build: (period: (typeof PERIOD_STATES)[number], submission: SubmissionState) => T) =>
  PERIOD_STATES.flatMap((period) => SUBMISSION_STATES.map((submission) => build(period, submission)));
/** Viewers only read, so they never comment; everyone else comments on what they read. */
const withoutViewers = (grants: Grant[]): Grant[] =>
  grants.flatMap((grant) => {
    if (grant.startsWith("VIEWER@")) return [];
    if (!grant.startsWith("*@")) return [grant];
    const place = grant.slice(2);
    return ROLES.filter((role) => role !== "VIEWER").map((role) => `${role}@${place}` as Grant);
  });

const SPEC: Spec = {
  "plan.read": only(["*@*"]),
  "plan.manage": [
    { label: "-", resource: { focalOrganizationId: ORG.focal }, allowed: ["ADMIN@*", "COMPILER@focal"] },
  ],
  "organization.read": only(["*@*"]),
  "organization.manage": only(["ADMIN@*", "COMPILER@*"]),
  "user.manage": only(["ADMIN@*"]),
  "membership.manage": ROLES.map((role) => ({
    label: `grant ${role} in own`,
    resource: { organizationId: ORG.own, role },
    allowed: ["APPROVER", "STAFF", "VIEWER"].includes(role) ? ["ADMIN@*", "COMPILER@*"] : ["ADMIN@*"],
  })),
  "audit.read": only(["ADMIN@*"]),
  "settings.manage": only(["ADMIN@*"]),
  "period.manage": [
    { label: "-", resource: { focalOrganizationId: ORG.focal }, allowed: ["ADMIN@*", "COMPILER@focal"] },
  ],
  "update.read": SUBMISSION_STATES.map((state) => ({
    label: state,
    resource: updateResource(state),
    allowed: updateReaders(state),
  })),
  "update.write": agencyStates((periodState, submissionState) => ({
    label: `${periodState}/${submissionState}`,
    resource: { organizationId: ORG.own, submissionState, periodState },
    allowed: AGENCY_EDITABLE.has(`${periodState}/${submissionState}`) ? ["STAFF@own", "APPROVER@own"] : [],
  })),
  // The approver signs the agency's report off; staff do so only where the agency has no approver.
  "submission.submit": [true, false].flatMap((agencyHasApprover) =>
    agencyStates((periodState, submissionState) => ({
      label: `${periodState}/${submissionState} ${agencyHasApprover ? "with" : "without"} approver`,
      resource: { organizationId: ORG.own, submissionState, periodState, agencyHasApprover },
      allowed: AGENCY_EDITABLE.has(`${periodState}/${submissionState}`)
        ? agencyHasApprover
          ? ["APPROVER@own"]
          : ["APPROVER@own", "STAFF@own"]
        : [],
    })),
  ),
  "submission.review": agencyStates((periodState, submissionState) => ({
    label: `${periodState}/${submissionState}`,
    resource: { organizationId: ORG.own, planFocalOrganizationId: ORG.focal, submissionState, periodState },
    allowed:
      submissionState === "SUBMITTED" && (periodState === "OPEN" || periodState === "COMPILING")
        ? ["COMPILER@focal"]
        : [],
  })),
  "submission.read": SUBMISSION_STATES.map((state) => ({
    label: state,
    resource: submissionResource(state),
    allowed: submissionReaders(state),
  })),
  "submission.list": [
    {
      label: "-",
      resource: { focalOrganizationId: ORG.focal },
      allowed: ["ADMIN@*", "LEADER@*", "COMPILER@focal"],
    },
  ],
  "report.read": REPORT_STATES.map((reportState) => ({
    label: reportState,
    resource: { focalOrganizationId: ORG.focal, reportState },
    allowed: [
      "ADMIN@*",
      "LEADER@*",
      "COMPILER@focal",
      ...(reportState === "DRAFT" ? [] : (["VIEWER@*"] as const)),
    ],
  })),
  "report.edit": REPORT_STATES.map((reportState) => ({
    label: reportState,
    resource: { focalOrganizationId: ORG.focal, reportState },
    allowed: reportState === "DRAFT" ? ["COMPILER@focal"] : [],
  })),
  "report.finalize": REPORT_STATES.map((reportState) => ({
    label: reportState,
    resource: { focalOrganizationId: ORG.focal, reportState },
    allowed: reportState === "DRAFT" ? ["COMPILER@focal"] : [],
  })),
  "report.markSent": REPORT_STATES.map((reportState) => ({
    label: reportState,
    resource: { focalOrganizationId: ORG.focal, reportState },
    allowed: reportState === "FINAL" ? ["COMPILER@focal"] : [],
  })),
  "report.reopen": REPORT_STATES.map((reportState) => ({
    label: reportState,
    resource: { focalOrganizationId: ORG.focal, reportState },
    allowed: reportState === "DRAFT" ? [] : ["COMPILER@focal"],
  })),
  "submission.remind": [
    { label: "-", resource: { focalOrganizationId: ORG.focal }, allowed: ["COMPILER@focal"] },
  ],
  "directive.create": only(["LEADER@*"]),
  "directive.answer": [
    { label: "to own", resource: { targetOrganizationId: ORG.own }, allowed: ["STAFF@own", "APPROVER@own"] },
  ],
  "directive.close": only(["LEADER@*"]),
  "comment.create": [
    { label: "on task", resource: { on: "task" } as CommentTarget, allowed: withoutViewers(["*@*"]) },
    ...SUBMISSION_STATES.map((state) => ({
      label: `on ${state} update`,
      resource: { on: "update", ...updateResource(state) } as CommentTarget,
      allowed: withoutViewers(updateReaders(state)),
    })),
    ...SUBMISSION_STATES.map((state) => ({
      label: `on ${state} submission`,
      resource: { on: "submission", ...submissionResource(state) } as CommentTarget,
      allowed: withoutViewers(submissionReaders(state)),
    })),
  ],
  "apiToken.manage": [
    { label: "own token", resource: { ownerUserId: ME }, allowed: ["signed-in"] },
    { label: "someone else's", resource: { ownerUserId: "user-else" }, allowed: [] },
  ],
  "notification.manage": [
    { label: "own notification", resource: { recipientUserId: ME }, allowed: ["signed-in"] },
    { label: "someone else's", resource: { recipientUserId: "user-else" }, allowed: [] },
  ],
  "dashboard.read": only(["ADMIN@*", "LEADER@*", "COMPILER@*", "VIEWER@*"]),
  "plan.publish": only(["ADMIN@*"]),
};

type Who = { label: string; actor: Actor; role?: Role; place?: Place };
const WHO: Who[] = [
  { label: "no membership", actor: { userId: ME, memberships: [] } },
  ...ROLES.flatMap((role) =>
    PLACES.map((place) => ({
      label: `${role}@${place}`,
      role,
      place,
      actor: { userId: ME, memberships: [{ organizationId: ORG[place], role }] },
    })),
  ),
];

function expected(who: Who, allowed: readonly Grant[]): boolean {
  return allowed.some((grant) => {
    if (grant === "signed-in") return true;
    if (!who.role || !who.place) return false;
    const [role, place] = grant.split("@");
    return (role === "*" || role === who.role) && (place === "*" || place === who.place);
  });
}

// Untyped view of `can` for generated cases; the typed signature is checked in "signature" below.
const check = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

const cases = ACTIONS.flatMap((action) =>
  (SPEC[action] as Variant<Action>[]).flatMap((variant) =>
    WHO.map((who) => ({
      name: `${who.label} ${action} [${variant.label}]`,
      actor: who.actor,
      action,
      resource: variant.resource,
      allowed: expected(who, variant.allowed),
    })),
  ),
);

describe("authorization matrix", () => {
  it("specifies every action", () => {
    expect(Object.keys(SPEC).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(cases)("$name -> $allowed", ({ actor, action, resource, allowed }) => {
    expect(check(actor, action, resource)).toBe(allowed);
  });

  it("allows nothing to the signed-out", () => {
    for (const { action, resource } of cases) expect(check(null, action, resource)).toBe(false);
  });
});

describe("one agency never sees another's drafts", () => {
  // Every pair of memberships outside the owning agency, in every role: none may read a draft.
  const outsideRoles = ROLES.flatMap((role) =>
    (["focal", "lead", "other"] as const).map((place) => ({ organizationId: ORG[place], role })),
  );
  const outsiders: Actor[] = outsideRoles.flatMap((a) =>
    outsideRoles.map((b) => ({ userId: ME, memberships: [a, b] })),
  );

  it.each(["DRAFT", "RETURNED"] as const)("%s updates are private to the owning agency", (state) => {
    for (const actor of outsiders) {
      expect(can(actor, "update.read", updateResource(state))).toBe(false);
      expect(can(actor, "comment.create", { on: "update", ...updateResource(state) })).toBe(false);
    }
  });

  it("a DRAFT submission is private to the owning agency", () => {
    for (const actor of outsiders) {
      expect(can(actor, "submission.read", submissionResource("DRAFT"))).toBe(false);
    }
  });

  it("nobody outside writes or submits for the agency, whatever the state", () => {
    for (const actor of outsiders) {
      for (const periodState of PERIOD_STATES) {
        for (const submissionState of SUBMISSION_STATES) {
          const resource = { organizationId: ORG.own, submissionState, periodState };
          expect(can(actor, "update.write", resource)).toBe(false);
          for (const agencyHasApprover of [true, false]) {
            expect(can(actor, "submission.submit", { ...resource, agencyHasApprover })).toBe(false);
          }
        }
      }
    }
  });
});

describe("combined roles", () => {
  it.each<[string, Actor["memberships"], Action, unknown, boolean]>([
    // The focal agency also leads tasks: its own drafts are its own, its compiler included.
    [
      "compiler reads the focal agency's own draft",
      [{ organizationId: ORG.focal, role: "COMPILER" }],
      "update.read",
      { ...updateResource("DRAFT"), organizationId: ORG.focal },
      true,
    ],
    [
      "compiler at the focal agency is not staff there",
      [{ organizationId: ORG.focal, role: "COMPILER" }],
      "update.write",
      { organizationId: ORG.focal, submissionState: "DRAFT", periodState: "OPEN" },
      false,
    ],
    [
      "compiler + staff at the focal agency writes its updates",
      [
        { organizationId: ORG.focal, role: "COMPILER" },
        { organizationId: ORG.focal, role: "STAFF" },
      ],
      "update.write",
      { organizationId: ORG.focal, submissionState: "DRAFT", periodState: "OPEN" },
      true,
    ],
    [
      "staff of another agency plus viewer reads an accepted update",
      [
        { organizationId: ORG.other, role: "STAFF" },
        { organizationId: ORG.other, role: "VIEWER" },
      ],
      "update.read",
      updateResource("ACCEPTED"),
      true,
    ],
    [
      "staff who is also approver of the agency submits though it has an approver",
      [
        { organizationId: ORG.own, role: "STAFF" },
        { organizationId: ORG.own, role: "APPROVER" },
      ],
      "submission.submit",
      { organizationId: ORG.own, submissionState: "DRAFT", periodState: "OPEN", agencyHasApprover: true },
      true,
    ],
    [
      "staff of an approver-less agency does not submit for another approver-less agency",
      [{ organizationId: ORG.other, role: "STAFF" }],
      "submission.submit",
      { organizationId: ORG.own, submissionState: "DRAFT", periodState: "OPEN", agencyHasApprover: false },
      false,
    ],
    [
      "approver of another agency does not submit, even where this agency has no approver",
      [{ organizationId: ORG.other, role: "APPROVER" }],
      "submission.submit",
      { organizationId: ORG.own, submissionState: "RETURNED", periodState: "OPEN", agencyHasApprover: false },
      false,
    ],
    [
      "a compiler of another plan's focal agency does not review this plan",
      [{ organizationId: ORG.other, role: "COMPILER" }],
      "submission.review",
      {
        organizationId: ORG.own,
        planFocalOrganizationId: ORG.focal,
        submissionState: "SUBMITTED",
        periodState: "OPEN",
      },
      false,
    ],
  ])("%s", (_name, memberships, action, resource, allowed) => {
    expect(check({ userId: ME, memberships }, action, resource)).toBe(allowed);
  });
});

describe("authorize", () => {
  const staff: Actor = { userId: ME, memberships: [{ organizationId: ORG.own, role: "STAFF" }] };

  it("returns when allowed", () => {
    expect(() => authorize(staff, "plan.read")).not.toThrow();
  });

  it("throws FORBIDDEN when not allowed, with the action for the log", () => {
    try {
      authorize(staff, "audit.read");
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error)).toBe(true);
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).details).toMatchObject({ action: "audit.read" });
    }
  });

  it("throws UNAUTHENTICATED when signed out", () => {
    expect(() => authorize(null, "plan.read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("narrows the actor", () => {
    const maybe: Actor | null = staff as Actor | null;
    authorize(maybe, "plan.read");
    expect(maybe.userId).toBe(ME);
  });
});

describe("signature", () => {
  it("requires a resource exactly when the action has one", () => {
    const actor: Actor = { userId: ME, memberships: [] };
    // @ts-expect-error plan.manage needs the plan's focal organization
    expect(() => can(actor, "plan.manage")).toThrow();
    // @ts-expect-error plan.read takes no resource
    can(actor, "plan.read", { focalOrganizationId: ORG.focal });
    // @ts-expect-error not an action
    expect(() => can(actor, "plan.delete")).toThrow();
    expect(can(actor, "apiToken.manage", { ownerUserId: ME })).toBe(true);
  });
});

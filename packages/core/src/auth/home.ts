import { type Actor, hasRoleAnywhere } from "./roles";

export type HomeKind = "agency" | "overview" | "admin";

/**
 * The page a user lands on, by the work they do most: leadership and compilers watch the whole plan,
 * agency staff and approvers write their agency's report, administrators administer. A person with
 * several roles gets the first that applies in that order; viewers get the overview; someone with no
 * membership yet gets the agency page, which explains that no task is assigned.
 */
export function homeKindFor(actor: Actor): HomeKind {
  if (hasRoleAnywhere(actor, "LEADER", "COMPILER")) return "overview";
  if (hasRoleAnywhere(actor, "APPROVER", "STAFF")) return "agency";
  if (hasRoleAnywhere(actor, "ADMIN")) return "admin";
  if (hasRoleAnywhere(actor, "VIEWER")) return "overview";
  return "agency";
}

import type { Actor } from "@plan-tracker/core";

/** The organization the actor acts for on a plan: the focal agency if a member of it, else the first. */
export function actingOrganizationId(actor: Actor, focalOrganizationId: string): string | null {
  return (
    actor.memberships.find((m) => m.organizationId === focalOrganizationId)?.organizationId ??
    actor.memberships[0]?.organizationId ??
    null
  );
}

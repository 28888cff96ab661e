import "server-only";
import { type Action, can, type ResourceArgs } from "@plan-tracker/core";
import { notFound } from "next/navigation";
import { requireActor, type SessionActor } from "./session";

/**
 * For pages: the signed-in actor if the policy allows the action, otherwise a 404 (a page one may not
 * read is answered as if it did not exist, so ids cannot be probed).
 */
export async function requirePermission<A extends Action>(
  action: A,
  ...resource: ResourceArgs<A>
): Promise<SessionActor> {
  const actor = await requireActor();
  if (!can(actor, action, ...resource)) notFound();
  return actor;
}

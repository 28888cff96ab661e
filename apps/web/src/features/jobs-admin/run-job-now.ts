import "server-only";
import { type Actor, authorize } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { QueueName } from "@plan-tracker/jobs/queues";
import type { AuditContext } from "@/features/submissions/agency-context";
import { recordAudit } from "@/server/audit";
import { runningWorker } from "./in-process-worker";

/**
 * Queues a run of a job now on this process's worker, recorded as `jobs.run`. False when no worker runs
 * here (JOBS_WORKER=off): nothing is queued or recorded.
 */
export async function runJobNow(
  db: PrismaClient,
  actor: Actor,
  queue: QueueName,
  context: AuditContext = {},
): Promise<boolean> {
  authorize(actor, "settings.manage");
  const worker = await runningWorker();
  if (!worker) return false;
  const jobId = await worker.runNow(queue);
  await recordAudit(db, {
    actorId: actor.userId,
    action: "jobs.run",
    entityType: "Job",
    entityId: jobId ?? queue,
    after: { queue },
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
  });
  return true;
}

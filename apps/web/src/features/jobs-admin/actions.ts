"use server";

import { type AppErrorCode, authorize, toAppError } from "@plan-tracker/core";
import { QUEUES } from "@plan-tracker/jobs/queues";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auditRequestContext, recordAudit } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { runningWorker } from "./in-process-worker";

export type RunJobState =
  | { status: "idle" }
  | { status: "queued"; queue: string }
  | { status: "noWorker" }
  | { status: "error"; error: AppErrorCode };

const runJobSchema = z.object({ queue: z.enum([QUEUES.reminders, QUEUES.outbox]) });

/** Queues a run of a job now (the administrator's button): the same job, retries and record as the schedule's. */
export async function runJobNowAction(_prev: RunJobState, form: FormData): Promise<RunJobState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  try {
    authorize(actor, "settings.manage");
    const { queue } = runJobSchema.parse({ queue: form.get("queue") });
    const worker = await runningWorker();
    if (!worker) return { status: "noWorker" };
    const jobId = await worker.runNow(queue);
    await recordAudit(prisma, {
      actorId: actor.userId,
      action: "jobs.run",
      entityType: "Job",
      entityId: jobId ?? queue,
      after: { queue },
      ...(await auditRequestContext()),
    });
    revalidatePath("/admin/jobs");
    return { status: "queued", queue };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("queueing a job failed", appError.cause ?? appError);
    return { status: "error", error: appError.code };
  }
}

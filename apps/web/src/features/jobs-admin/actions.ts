"use server";

import { QUEUES } from "@plan-tracker/jobs/queues";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { runJobNow } from "./run-job-now";

export type RunJobState = ActionState<{ status: "queued"; queue: string } | { status: "noWorker" }, never>;

const runJobSchema = z.object({ queue: z.enum([QUEUES.periods, QUEUES.reminders, QUEUES.outbox]) });

/** Queues a run of a job now (the administrator's button): the same job, retries and record as the schedule's. */
export const runJobNowAction = authedAction(
  {
    name: "jobs.run",
    input: (_prev: RunJobState, form: FormData) => ({ queue: form.get("queue") }),
    schema: runJobSchema,
  },
  async ({ actor, input, request }) => {
    const queued = await runJobNow(prisma, actor, input.queue, await request());
    if (!queued) return { status: "noWorker" as const };
    revalidatePath("/admin/jobs");
    return { status: "queued" as const, queue: input.queue };
  },
);

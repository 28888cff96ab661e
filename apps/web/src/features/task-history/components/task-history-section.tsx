import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { type HistoryTask, loadTaskHistory } from "../data";
import { loadTaskProgress } from "../progress";
import { HistoryTimeline } from "./history-timeline";
import { TaskProgress } from "./task-progress";

/**
 * Periods shown unless the reader asks for all: a task of a monthly plan gathers 77 periods by its sixth
 * year (a 612 KiB page); the newest ones are what a reader comes for.
 */
export const RECENT_PERIODS = { history: 12, progress: 24 } as const;

/** The task page's history card: progress per period, then the periods, as the signed-in actor may see it. */
export async function TaskHistorySection({
  actor,
  task,
  allPeriods = false,
}: {
  actor: SessionActor;
  task: HistoryTask;
  allPeriods?: boolean;
}) {
  const t = await getTranslations("taskHistory");
  const history = await loadTaskHistory(prisma, actor, task);
  const progress = await loadTaskProgress(
    prisma,
    task.id,
    (allPeriods ? history : history.slice(0, RECENT_PERIODS.progress)).map((h) => h.period),
    new Date(),
  );
  const shown = allPeriods ? history : history.slice(0, RECENT_PERIODS.history);
  return (
    <Card aria-labelledby="task-history">
      <h2 id="task-history" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-700">{t("intro")}</p>
      <TaskProgress points={progress} />
      <HistoryTimeline history={shown} leadOrganizationId={task.leadOrganizationId} />
      {shown.length < history.length ? (
        <Link
          href={`/tasks/${task.id}?history=all#task-history`}
          className="mt-4 inline-block font-semibold text-brand-700 underline"
        >
          {t("allPeriods", { shown: shown.length, total: history.length })}
        </Link>
      ) : null}
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { type HistoryTask, loadTaskHistory } from "../data";
import { loadTaskProgress } from "../progress";
import { HistoryTimeline } from "./history-timeline";
import { TaskProgress } from "./task-progress";

/** The task page's history card: progress per period, then every period, as the signed-in actor may see it. */
export async function TaskHistorySection({ actor, task }: { actor: SessionActor; task: HistoryTask }) {
  const t = await getTranslations("taskHistory");
  const history = await loadTaskHistory(prisma, actor, task);
  const progress = await loadTaskProgress(
    prisma,
    task.id,
    history.map((h) => h.period),
    new Date(),
  );
  return (
    <Card aria-labelledby="task-history">
      <h2 id="task-history" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-700">{t("intro")}</p>
      <TaskProgress points={progress} />
      <HistoryTimeline history={history} leadOrganizationId={task.leadOrganizationId} />
    </Card>
  );
}

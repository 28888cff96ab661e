import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { type HistoryTask, loadTaskHistory } from "../data";
import { HistoryTimeline } from "./history-timeline";

/** The task page's history card: every year, as the signed-in actor may see it. */
export async function TaskHistorySection({ actor, task }: { actor: SessionActor; task: HistoryTask }) {
  const t = await getTranslations("taskHistory");
  const history = await loadTaskHistory(prisma, actor, task);
  return (
    <Card aria-labelledby="task-history">
      <h2 id="task-history" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-700">{t("intro")}</p>
      <HistoryTimeline history={history} leadOrganizationId={task.leadOrganizationId} />
    </Card>
  );
}

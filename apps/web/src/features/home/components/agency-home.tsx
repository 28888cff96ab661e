import { excerpt } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { agencyTasks } from "../data";

export async function AgencyHome({
  organizationId,
  plan,
}: {
  organizationId: string;
  plan: { id: string; symbol: string };
}) {
  const t = await getTranslations();
  const { organization, tasks } = await agencyTasks(organizationId, plan.id);
  const groups = [
    { key: "lead" as const, title: t("home.leads"), items: tasks.filter((task) => task.role === "lead") },
    {
      key: "coordinate" as const,
      title: t("home.coordinates"),
      items: tasks.filter((task) => task.role === "coordinate"),
    },
  ];
  return (
    <Card aria-labelledby={`agency-${organization.id}`}>
      <h2 id={`agency-${organization.id}`} className="text-xl font-bold">
        {t("home.agencyTitle", { org: organization.name, plan: plan.symbol })}
      </h2>
      {tasks.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("home.agencyEmpty")}</p>
      ) : (
        <Link
          href={`/my-tasks?org=${organization.id}`}
          className="mt-3 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("home.openMyTasks")}
        </Link>
      )}
      {groups.map((group) =>
        group.items.length ? (
          <section key={group.key} className="mt-4" aria-label={`${group.title} (${group.items.length})`}>
            <h3 className="text-base font-semibold text-slate-800">
              {group.title} <span className="text-slate-600">({group.items.length})</span>
            </h3>
            <ul className="mt-2 divide-y divide-slate-100">
              {group.items.map((task) => (
                <li key={task.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-4">
                  <span className="w-20 shrink-0 font-mono text-sm font-semibold text-brand-700">
                    {task.code}
                  </span>
                  <div className="flex-1">
                    <Link
                      href={`/tasks/${task.id}`}
                      className="font-medium text-slate-900 underline-offset-2 hover:underline"
                    >
                      {task.heading ?? excerpt(task.content)}
                    </Link>
                    <p className="mt-1 line-clamp-2 text-sm text-slate-700">{task.content}</p>
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Badge tone="info">{t(`task.kinds.${task.kind}`)}</Badge>
                    {task._count.actionItems ? (
                      <Badge>
                        {task._count.actionItems} {t("home.actionItems").toLowerCase()}
                      </Badge>
                    ) : null}
                    {group.key === "coordinate" && task.leadOrganization ? (
                      <Badge>
                        {t("task.lead")}: {task.leadOrganization.shortName}
                      </Badge>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </Card>
  );
}

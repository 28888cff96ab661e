import { formatDate } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TaskDetail } from "../data";

type TaskMetaInput = Pick<
  TaskDetail,
  | "kind"
  | "timeTexts"
  | "dueDate"
  | "periodStartYear"
  | "periodEndYear"
  | "leadImplied"
  | "leadScope"
  | "leadScopePhrase"
  | "leadOrganization"
  | "coordinators"
  | "genericCoordinators"
>;

/** Lead, coordinators and timing of a task, as a description list. */
export async function TaskMeta({ task }: { task: TaskMetaInput }) {
  const t = await getTranslations();
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold text-slate-700">{t("task.lead")}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {task.leadOrganization ? (
          <span className="font-semibold text-slate-900" data-testid="task-lead">
            {task.leadOrganization.name}
          </span>
        ) : task.leadScope ? (
          <span className="text-slate-900" data-testid="task-lead">
            {t("task.genericLead")} “{task.leadScopePhrase ?? t(`scopes.${task.leadScope}`)}”
          </span>
        ) : (
          "—"
        )}
        {task.leadImplied ? (
          <Badge tone="warning" title={t("task.leadImpliedHelp")}>
            {t("task.leadImplied")}
          </Badge>
        ) : null}
      </dd>
      <dt className="font-semibold text-slate-700">{t("task.coordinators")}</dt>
      <dd className="text-slate-900">
        {task.coordinators.length + task.genericCoordinators.length === 0 ? (
          <span className="text-slate-600">{t("task.noCoordinators")}</span>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {task.coordinators.map((c) => (
              <li key={c.organization.id}>
                <Badge tone="info" title={c.organization.name}>
                  {c.organization.shortName}
                </Badge>
              </li>
            ))}
            {task.genericCoordinators.map((g) => (
              <li key={g.phrase}>
                <Badge title={t(`scopes.${g.scope}`)}>“{g.phrase}”</Badge>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt className="font-semibold text-slate-700">{t("task.kind")}</dt>
      <dd>{t(`task.kinds.${task.kind}`)}</dd>
      {task.timeTexts.length || task.dueDate || task.periodStartYear ? (
        <>
          <dt className="font-semibold text-slate-700">{t("task.time")}</dt>
          <dd className="flex flex-wrap gap-2">
            {task.dueDate ? (
              <Badge tone="warning">{`${t("task.dueDate")}: ${formatDate(task.dueDate)}`}</Badge>
            ) : null}
            {task.periodStartYear && task.periodEndYear ? (
              <Badge>{t("task.period", { from: task.periodStartYear, to: task.periodEndYear })}</Badge>
            ) : null}
            {task.timeTexts.map((text) => (
              <span key={text} className="italic text-slate-800">
                “{text}”
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

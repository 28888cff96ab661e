import { formatDate } from "@plan-tracker/core";
import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PlanTask } from "../data";
import { taskTitle } from "../task-title";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/** Coordinators named on a row; the rest are counted ("+3"), all of them are on the task page. */
const SHOWN_COORDINATORS = 3;

/**
 * One task on the plan page, compact: code and short title linking to the task page, then lead,
 * coordinators, timing and the number of action items on one wrapping line. A 100-task plan renders
 * each row twice (HTML and the React Server Components payload), so the markup is kept small: no
 * per-row classes beyond the link and the line (the list styles its items), texts joined into one node.
 */
export function TaskRow({ task, t }: { task: PlanTask; t: Translate }) {
  const coordinators = [
    ...task.coordinators.map((c) => c.organization.shortName),
    ...task.genericCoordinators.map((g) => `“${g.phrase}”`),
  ];
  const more = coordinators.length - SHOWN_COORDINATORS;
  const timing = [
    t(`task.kinds.${task.kind}`),
    task.dueDate ? t("plans.row.due", { date: formatDate(task.dueDate) }) : null,
    !task.dueDate && task.periodStartYear && task.periodEndYear
      ? t("task.period", { from: task.periodStartYear, to: task.periodEndYear })
      : null,
    task._count.actionItems ? t("plans.row.items", { count: task._count.actionItems }) : null,
  ];
  return (
    <li id={`task-${task.code}`} data-testid="plan-task">
      {/* No prefetch: /tasks/[id] is dynamic with no loading.js, so Next 16 prefetches only its route tree
          and head (two requests, ~1.5 KB, no page data) for each row that scrolls into view — up to 200
          server hits on a 100-task plan — and the click still renders the page on the server. */}
      <Link href={`/tasks/${task.id}`} prefetch={false} className="font-semibold hover:underline" lang="vi">
        <span className="font-mono text-brand-700">{task.code}</span>
        {` ${taskTitle(task)}`}
      </Link>
      <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        <span>
          {`${t("plans.row.lead")} `}
          {task.leadOrganization ? (
            <b data-testid="task-lead">{task.leadOrganization.name}</b>
          ) : task.leadScope ? (
            <b data-testid="task-lead">
              {`${t("task.genericLead")} “${task.leadScopePhrase ?? t(`scopes.${task.leadScope}`)}”`}
            </b>
          ) : (
            "—"
          )}
          {task.leadImplied ? (
            <>
              {" "}
              <Badge tone="warning" title={t("task.leadImpliedHelp")}>
                {t("task.leadImplied")}
              </Badge>
            </>
          ) : null}
        </span>
        {coordinators.length ? (
          <span>
            {`${t("plans.row.coordinators")} ${coordinators.slice(0, SHOWN_COORDINATORS).join(", ")}${
              more > 0 ? ` ${t("plans.row.more", { count: more })}` : ""
            }`}
          </span>
        ) : null}
        <span>{timing.filter(Boolean).join(" · ")}</span>
      </p>
    </li>
  );
}

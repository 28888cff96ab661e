import { daysUntil, excerpt, formatDate } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadMyTasks } from "@/features/my-tasks/data";
import { prisma } from "@/server/db";

/**
 * A staff member's or approver's home for one agency: its tasks in every plan with an open reporting
 * period, one card per plan (nearest agency deadline first), with the agency's report of that period.
 */
export async function AgencyHome({ organizationId, now }: { organizationId: string; now: Date }) {
  const t = await getTranslations();
  const { organization, plans, groups } = await loadMyTasks(prisma, organizationId);
  if (groups.length === 0) {
    return (
      <Card aria-labelledby={`agency-${organization.id}`}>
        <h2 id={`agency-${organization.id}`} className="text-xl font-bold">
          {organization.name}
        </h2>
        <p className="mt-3 text-slate-700">
          {plans.length ? t("home.agencyEmptyOpen") : t("myTasks.noPeriod")}
        </p>
      </Card>
    );
  }
  return groups.map((group) => {
    const headingId = `agency-${organization.id}-${group.plan.id}`;
    const rows = group.rows;
    const sections = [
      { key: "lead" as const, title: t("home.leads"), items: rows.filter((r) => r.role === "lead") },
      {
        key: "coordinate" as const,
        title: t("home.coordinates"),
        items: rows.filter((r) => r.role === "coordinate"),
      },
    ];
    const days = daysUntil(group.period.agencyDeadline, now);
    return (
      <Card key={group.plan.id} aria-labelledby={headingId} data-plan={group.plan.symbol}>
        <h2 id={headingId} className="text-xl font-bold">
          {t("home.agencyTitle", { org: organization.name, plan: group.plan.symbol })}
        </h2>
        <p className="mt-1 text-sm text-slate-700" title={group.plan.title}>
          {group.plan.shortTitle}
        </p>
        <p className="mt-2 text-sm">
          {t("myTasks.focal", { org: group.focalOrganization.shortName })}{" "}
          {t("home.periodLine", { period: periodLabel(group.period) })} ·{" "}
          <strong>{t("myTasks.deadline", { date: formatDate(group.period.agencyDeadline) })}</strong> ·{" "}
          <span className={days < 0 ? "text-red-800" : ""}>
            {days >= 0 ? t("myTasks.daysLeft", { days }) : t("myTasks.overdue", { days: -days })}
          </span>
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Badge tone={group.submission?.state === "RETURNED" ? "danger" : "neutral"}>
            {t("myTasks.submissionState", {
              state: group.submission
                ? t(`myTasks.states.${group.submission.state}`)
                : t("myTasks.submissionNone"),
            })}
          </Badge>
          <span className="text-sm">
            {t("myTasks.summary", { updated: group.totals.updated, total: group.totals.total })}
          </span>
        </div>
        {rows.length === 0 ? <p className="mt-3 text-slate-700">{t("home.agencyEmpty")}</p> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          {rows.length ? (
            <Link
              href={`/my-tasks?org=${organization.id}&plan=${group.plan.id}`}
              className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
            >
              {t("home.openMyTasks")}
            </Link>
          ) : null}
          <Link
            href={`/periods/${group.period.id}/submission?org=${organization.id}`}
            aria-label={`${t("myTasks.openSubmission")} ${group.plan.symbol}`}
            className="inline-block rounded-md border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("myTasks.openSubmission")}
          </Link>
        </div>
        {sections.map((section) =>
          section.items.length ? (
            <section
              key={section.key}
              className="mt-4"
              aria-label={`${section.title} (${section.items.length})`}
            >
              <h3 className="text-base font-semibold text-slate-800">
                {section.title} <span className="text-slate-600">({section.items.length})</span>
              </h3>
              <ul className="mt-2 divide-y divide-slate-100">
                {section.items.map((task) => (
                  <li key={task.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-4">
                    <span className="w-20 shrink-0 font-mono text-sm font-semibold text-brand-700">
                      {task.code}
                    </span>
                    <div className="min-w-0 flex-1">
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
                      <Badge>{t(`myTasks.states.${task.state}`)}</Badge>
                      {task.itemCount ? (
                        <Badge>
                          {task.itemCount} {t("home.actionItems").toLowerCase()}
                        </Badge>
                      ) : null}
                      {section.key === "coordinate" && task.lead ? (
                        <Badge>
                          {t("task.lead")}: {task.lead}
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
  });
}

import { daysUntil, formatDate, reportDueDate, vnDateParts } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { currentPeriod } from "@/features/periods/data";
import { planOverview } from "../data";

interface Props {
  plan: { id: string; symbol: string; title: string; reportDueDay: number; reportDueMonth: number };
  now: Date;
}

export async function OverviewHome({ plan, now }: Props) {
  const t = await getTranslations("home");
  const [overview, period] = await Promise.all([planOverview(plan.id), currentPeriod(plan.id)]);
  const due = reportDueDate(vnDateParts(now).year, plan.reportDueDay, plan.reportDueMonth);
  const days = daysUntil(due, now);
  const figures = [
    { label: t("tasks"), value: overview.taskCount },
    { label: t("actionItems"), value: overview.actionItemCount },
    { label: t("leadAgencies"), value: overview.leadCount },
  ];
  return (
    <div className="flex flex-col gap-6">
      <Card aria-labelledby="overview-title">
        <h2 id="overview-title" className="text-xl font-bold">
          {t("overviewTitle", { plan: plan.symbol })}
        </h2>
        <p className="mt-1 text-slate-700">{plan.title}</p>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="rounded-md bg-slate-50 p-3">
              <dt className="text-sm text-slate-700">{f.label}</dt>
              <dd className="text-3xl font-bold text-brand-900">{f.value}</dd>
            </div>
          ))}
          <div
            className={`rounded-md p-3 ${days < 0 ? "bg-red-50" : days <= 10 ? "bg-amber-50" : "bg-slate-50"}`}
          >
            <dt className="text-sm text-slate-700">{t("reportDue")}</dt>
            <dd className="text-lg font-bold text-slate-900">
              {t("reportDueValue", { date: formatDate(due) })}
            </dd>
            <dd className="text-sm font-semibold text-slate-800">
              {days >= 0 ? t("daysLeft", { days }) : t("overdueDays", { days: -days })}
            </dd>
          </div>
        </dl>
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/plans/${plan.id}`} className="font-semibold text-brand-700 underline">
            {t("openPlan")}
          </Link>
          {period ? (
            <Link
              href={`/periods/${period.id}/submissions`}
              className="font-semibold text-brand-700 underline"
            >
              {t("submissionsBoard", { year: period.year })}
            </Link>
          ) : null}
        </p>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="by-lead">
          <h2 id="by-lead" className="text-lg font-bold">
            {t("byLead")}
          </h2>
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">{t("byLead")}</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <th scope="col" className="py-1">
                  {t("leadAgencies")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("tasks")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.byLead.map((row) => (
                <tr
                  key={row.organization?.id ?? row.genericLead ?? "none"}
                  className="border-t border-slate-100"
                >
                  <td className="py-1.5">{row.organization?.name ?? row.genericLead ?? "—"}</td>
                  <td className="py-1.5 text-right font-semibold">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card aria-labelledby="by-section">
          <h2 id="by-section" className="text-lg font-bold">
            {t("bySection")}
          </h2>
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">{t("bySection")}</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <th scope="col" className="py-1">
                  #
                </th>
                <th scope="col" className="py-1">
                  {t("bySection")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("tasks")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.bySection.map((row) => (
                <tr key={row.code} className="border-t border-slate-100">
                  <td className="py-1.5 pr-3 font-mono whitespace-nowrap">{row.code}</td>
                  <td className="py-1.5">{row.heading}</td>
                  <td className="py-1.5 text-right font-semibold">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </div>
  );
}

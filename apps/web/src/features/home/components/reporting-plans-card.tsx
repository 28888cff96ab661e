import { daysUntil, excerpt, formatDate } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { focalPlans } from "../focal-plans";

/**
 * The plans being reported on, with the reports in and the days left: those the compiler's agency is focal
 * for, or (leadership, administrators) every plan in force with an open period, with a way to the portfolio.
 */
export async function ReportingPlansCard({
  organizationIds,
  now,
}: {
  /** The compiler's agencies, or "all" for leadership's view. */
  organizationIds: string[] | "all";
  now: Date;
}) {
  const t = await getTranslations("home");
  const plans = await focalPlans(prisma, organizationIds);
  const all = organizationIds === "all";
  const id = all ? "reporting-plans-title" : "focal-plans-title";
  return (
    <Card aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {t(all ? "reportingTitle" : "focalTitle")}
      </h2>
      {all ? (
        <p className="mt-1">
          <Link href="/dashboard" className="font-semibold text-brand-700 underline">
            {t("portfolioLink")}
          </Link>
        </p>
      ) : null}
      {plans.length === 0 ? (
        <p className="mt-2 text-slate-700">{t(all ? "reportingEmpty" : "focalEmpty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t(all ? "reportingTitle" : "focalTitle")}</caption>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("focalPlan")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("focalPeriod")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("focalReceived")}
                </th>
                <th scope="col" className="py-2">
                  {t("focalDaysLeft")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {plans.map((row) => {
                const days = daysUntil(row.period.agencyDeadline, now);
                return (
                  <tr key={row.period.id}>
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/plans/${row.plan.id}/periods`}
                        className="font-mono font-semibold text-brand-700 underline"
                      >
                        {row.plan.symbol}
                      </Link>
                      <span className="block text-slate-700" title={row.plan.title}>
                        {excerpt(row.plan.title, 70)}
                      </span>
                      {all ? (
                        <span className="block text-xs text-slate-700">
                          {t("focalAgency", { agency: row.plan.focalOrganization.shortName })}
                        </span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3">
                      {t("periodLine", { period: periodLabel(row.period) })}{" "}
                      <span className="block text-slate-700">{formatDate(row.period.agencyDeadline)}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <Link
                        href={`/periods/${row.period.id}/submissions`}
                        className="text-brand-700 underline"
                      >
                        {t("focalReceivedValue", { received: row.received, expected: row.expected })}
                      </Link>
                    </td>
                    <td className={`py-2 ${days < 0 ? "text-red-800" : ""}`}>
                      {days >= 0 ? t("daysLeft", { days }) : t("overdueDays", { days: -days })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

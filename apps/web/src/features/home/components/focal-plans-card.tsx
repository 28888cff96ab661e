import { daysUntil, excerpt, formatDate } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { focalPlans } from "../focal-plans";

/** The compiler's home: every plan their agency is focal for with an open period, and its reports in. */
export async function FocalPlansCard({ organizationIds, now }: { organizationIds: string[]; now: Date }) {
  const t = await getTranslations("home");
  const plans = await focalPlans(prisma, organizationIds);
  return (
    <Card aria-labelledby="focal-plans-title">
      <h2 id="focal-plans-title" className="text-xl font-bold">
        {t("focalTitle")}
      </h2>
      {plans.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("focalEmpty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t("focalTitle")}</caption>
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
                    </th>
                    <td className="py-2 pr-3">
                      {t("periodLine", { year: row.period.year })}{" "}
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

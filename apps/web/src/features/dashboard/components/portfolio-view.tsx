import { formatDate, formatNumber, type Locale } from "@plan-tracker/core";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { PortfolioView as View } from "../portfolio";
import { type AgencySort, PLAN_STATUSES, type PlanSort } from "../portfolio-options";
import { pct } from "./dashboard-format";

type Dir = "asc" | "desc";

/** The current URL's portfolio params with one table's sort changed. */
function sortHref(view: View, table: "plan" | "agency", key: string, dir: Dir): string {
  const params = new URLSearchParams();
  if (view.status) params.set("status", view.status);
  const plan = table === "plan" ? { key, dir } : view.sort.plan;
  const agency = table === "agency" ? { key, dir } : view.sort.agency;
  params.set("sort", plan.key);
  params.set("dir", plan.dir);
  params.set("asort", agency.key);
  params.set("adir", agency.dir);
  return `/dashboard?${params.toString()}#${table === "plan" ? "portfolio-plans" : "scorecard"}`;
}

/** A column header that sorts the table by its column (again: the other way). */
function SortHeader({
  label,
  sortLabel,
  active,
  dir,
  href,
  numeric,
}: {
  label: string;
  sortLabel: string;
  active: boolean;
  dir: Dir;
  href: string;
  numeric?: boolean;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-2 py-1 align-bottom font-semibold ${numeric ? "text-right" : "text-left"}`}
    >
      <Link href={href} className="text-brand-700 underline" title={sortLabel}>
        {label}
        <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : ""}</span>
      </Link>
    </th>
  );
}

export async function PortfolioView({ view, now }: { view: View; now: Date }) {
  const t = await getTranslations("dashboard");
  const tPlans = await getTranslations("plans");
  const locale: Locale = (await getLocale()) === "en" ? "en" : "vi";
  const n = (value: number) => formatNumber(value, 0, locale);
  const header = (
    table: "plan" | "agency",
    key: PlanSort | AgencySort,
    label: string,
    numeric = true,
    firstDir: Dir = "desc",
  ) => {
    const current = table === "plan" ? view.sort.plan : view.sort.agency;
    const active = current.key === key;
    const dir: Dir = active ? (current.dir === "asc" ? "desc" : "asc") : firstDir;
    return (
      <SortHeader
        key={key}
        label={label}
        sortLabel={t("sortBy", { column: label })}
        active={active}
        dir={current.dir}
        href={sortHref(view, table, key, dir)}
        numeric={numeric}
      />
    );
  };
  const cell = (content: ReactNode, numeric = true) => (
    <td className={`px-2 py-1 ${numeric ? "text-right tabular-nums" : "text-left"}`}>{content}</td>
  );

  return (
    <article className="dashboard flex min-w-0 flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("portfolioTitle")}</h1>
        <p className="text-slate-700">{t("portfolioIntro", { date: formatDate(now) })}</p>
        <form
          method="get"
          className="no-print flex flex-wrap items-end gap-3"
          aria-label={t("portfolioFilter")}
        >
          <input type="hidden" name="sort" value={view.sort.plan.key} />
          <input type="hidden" name="dir" value={view.sort.plan.dir} />
          <SelectField
            id="portfolio-status"
            name="status"
            size="sm"
            label={t("planStatus")}
            defaultValue={view.status ?? ""}
          >
            <option value="">{t("allStatuses")}</option>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tPlans(`statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t("show")}
          </button>
        </form>
      </header>

      <Card aria-labelledby="portfolio-plans" className="min-w-0">
        <h2 id="portfolio-plans" className="text-lg font-semibold">
          {t("portfolioPlans", { count: view.plans.length })}
        </h2>
        {view.plans.length === 0 ? (
          <p role="status" className="mt-2 text-slate-700">
            {view.status ? t("portfolioEmpty") : t("noPlan")}
          </p>
        ) : (
          <ScrollRegion
            label={t("portfolioPlans", { count: view.plans.length })}
            className="mt-3 overflow-x-auto"
          >
            <table className="w-full min-w-[50rem] border-collapse text-sm">
              <caption className="sr-only">{t("portfolioPlans", { count: view.plans.length })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {header("plan", "plan", t("col.plan"), false, "asc")}
                  {header("plan", "focal", t("col.focal"), false, "asc")}
                  {header("plan", "percent", t("col.percent"))}
                  {header("plan", "overdue", t("col.overdue"))}
                  {header("plan", "late", t("col.late"))}
                  {header("plan", "due", t("col.due"), false, "asc")}
                  {header("plan", "report", t("col.report"), false, "asc")}
                </tr>
              </thead>
              <tbody>
                {view.plans.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100 align-top">
                    <th
                      scope="row"
                      className="w-48 max-w-48 px-2 py-1 text-left font-normal sm:w-72 sm:max-w-72"
                    >
                      <Link
                        href={`/dashboard?plan=${p.id}`}
                        className="font-semibold text-brand-700 underline"
                        aria-label={t("openPlan", { symbol: p.symbol })}
                      >
                        {p.symbol}
                      </Link>
                      <span className="block text-xs text-slate-700">
                        {tPlans(`statuses.${p.status}`)}
                        {" · "}
                        {p.period === null
                          ? t("noPeriodShort")
                          : p.open
                            ? t("planPeriodOpen", { period: p.period })
                            : p.period}
                      </span>
                      <span className="line-clamp-2 text-xs text-slate-700" title={p.title}>
                        {p.title}
                      </span>
                    </th>
                    {cell(p.focalName, false)}
                    {cell(pct(p.percent, locale))}
                    {cell(n(p.overdue))}
                    {cell(
                      p.open
                        ? t("lateOf", { late: n(p.lateAgencies), expected: n(p.expectedAgencies) })
                        : "—",
                    )}
                    {cell(
                      p.nextDue
                        ? t(p.nextDueIsAgencyDeadline ? "dueAgency" : "dueReport", {
                            date: formatDate(p.nextDue),
                          })
                        : "—",
                      false,
                    )}
                    {cell(p.reportState ? t(`reportStates.${p.reportState}`) : t("noReport"), false)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>

      <Card aria-labelledby="scorecard" className="min-w-0">
        <h2 id="scorecard" className="text-lg font-semibold">
          {t("scorecard")}
        </h2>
        <p className="text-sm text-slate-700">{t("scorecardNote")}</p>
        {view.agencies.length === 0 ? (
          <p role="status" className="mt-2 text-slate-700">
            {t("scorecardEmpty")}
          </p>
        ) : (
          <ScrollRegion label={t("scorecard")} className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("scorecard")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {header("agency", "agency", t("col.agency"), false, "asc")}
                  {header("agency", "plans", t("col.plans"))}
                  {header("agency", "late", t("col.lateReports"))}
                  {header("agency", "overdue", t("col.overdueTasks"))}
                </tr>
              </thead>
              <tbody>
                {view.agencies.map((a) => (
                  <tr key={a.organizationId} className="border-b border-slate-100">
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {a.name}
                    </th>
                    {cell(n(a.plans))}
                    {cell(n(a.lateReports))}
                    {cell(n(a.overdueTasks))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </article>
  );
}

import { DISPLAY_CATEGORIES, formatDate, officialCategoryLabel, periodStateLabel } from "@plan-tracker/core";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { DirectiveForm } from "@/features/directives/components/directive-form";
import type { DashboardView as View } from "../data";
import { categoryColor } from "./category-colors";
import { PercentBars, StackedBars, SubmissionLine } from "./charts";
import { pct } from "./dashboard-format";
import { Headline } from "./dashboard-headline";
import { Lists } from "./dashboard-lists";
import { DataTable } from "./data-table";

export async function DashboardView({
  view,
  plans,
  canDirect = false,
}: {
  view: View;
  plans: { id: string; symbol: string }[];
  /** A leader may write a directive to an agency from here. */
  canDirect?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const series = DISPLAY_CATEGORIES.map((c) => ({
    key: c,
    label: officialCategoryLabel[c][locale],
    color: categoryColor[c],
  }));
  const categoryHead = DISPLAY_CATEGORIES.map((c) => officialCategoryLabel[c][locale]);
  const periodKey = view.period?.key;
  return (
    <article className="dashboard flex min-w-0 flex-col gap-6">
      {/* A4 when printed: the tables print, the charts (pictures of them) do not. */}
      <style>
        {"@media print { @page { size: A4 portrait; margin: 15mm 12mm; } body { background: white; } }"}
      </style>
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("planTitle", { symbol: view.plan.symbol })}</h1>
        <p className="text-slate-700">{view.plan.title}</p>
        <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label={t("selectors")}>
          <SelectField
            id="dashboard-plan"
            name="plan"
            size="sm"
            label={t("plan")}
            defaultValue={view.plan.id}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.symbol}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="dashboard-period"
            name="period"
            size="sm"
            label={t("period")}
            defaultValue={periodKey}
          >
            {view.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {t("periodOption", { name: p.name, state: periodStateLabel[p.state][locale] })}
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
        {view.period ? (
          <p className="text-sm text-slate-700">
            {t("asOf", { period: view.period.label, date: formatDate(view.period.asOf) })}
          </p>
        ) : (
          <p role="status">{t("noPeriod")}</p>
        )}
      </header>

      <Headline view={view} t={t} locale={locale} />

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 print:grid-cols-1">
        <Card aria-labelledby="by-section" className="min-w-0 break-inside-avoid">
          <h2 id="by-section" className="text-lg font-semibold">
            {t("bySection")}
          </h2>
          <StackedBars
            xKey="code"
            series={series}
            data={view.bySection.map((s) => ({ code: s.code, ...s.byCategory }))}
          />
          <DataTable
            caption={t("chartTable", { title: t("bySection") })}
            head={[t("section"), t("tasks"), t("percent"), ...categoryHead]}
            rows={view.bySection.map((s) => ({
              key: s.id,
              cells: [
                `${s.code}. ${s.heading}`,
                s.total,
                pct(s.percent, locale),
                ...DISPLAY_CATEGORIES.map((c) => s.byCategory[c]),
              ],
            }))}
          />
        </Card>

        <Card aria-labelledby="by-agency" className="min-w-0 break-inside-avoid">
          <h2 id="by-agency" className="text-lg font-semibold">
            {t("byAgency")}
          </h2>
          <p className="text-sm text-slate-700">{t("byAgencyNote")}</p>
          <PercentBars
            label={t("percent")}
            height={Math.max(160, view.byAgency.length * 28 + 40)}
            data={view.byAgency.map((a) => ({ name: a.name, percent: Math.round(a.percent ?? 0) }))}
          />
          <DataTable
            caption={t("chartTable", { title: t("byAgency") })}
            head={[t("agency"), t("rank"), t("tasks"), t("percent"), t("late"), t("blockedCount")]}
            rows={view.byAgency.map((a) => ({
              key: a.organizationId,
              cells: [a.name, a.rank, a.total, pct(a.percent, locale), a.late, a.blocked],
            }))}
          />
        </Card>

        <Card aria-labelledby="trend" className="min-w-0 break-inside-avoid">
          <h2 id="trend" className="text-lg font-semibold">
            {t("trend")}
          </h2>
          <StackedBars
            xKey="name"
            series={series}
            data={view.trend.map((p) => ({ name: p.name, ...p.byCategory }))}
          />
          <DataTable
            caption={t("chartTable", { title: t("trend") })}
            head={[t("period"), t("percent"), ...categoryHead]}
            rows={view.trend.map((p) => ({
              key: p.periodId,
              cells: [p.name, pct(p.percent, locale), ...DISPLAY_CATEGORIES.map((c) => p.byCategory[c])],
            }))}
          />
        </Card>

        {view.openPeriod ? (
          <Card aria-labelledby="submissions" className="min-w-0 break-inside-avoid">
            <h2 id="submissions" className="text-lg font-semibold">
              {t("submissions", { period: view.openPeriod.label })}
            </h2>
            {view.openPeriod.byDay.length ? (
              <SubmissionLine
                data={view.openPeriod.byDay}
                expected={view.openPeriod.expected}
                labels={{ cumulative: t("cumulative"), expected: t("expected") }}
              />
            ) : (
              <p className="mt-2 text-slate-700">{t("submissionsEmpty")}</p>
            )}
            <DataTable
              caption={t("chartTable", { title: t("submissions", { period: view.openPeriod.label }) })}
              head={[t("day"), t("submittedOnDay"), t("cumulative")]}
              rows={view.openPeriod.byDay.map((d) => ({
                key: d.day,
                cells: [formatDate(new Date(`${d.day}T12:00:00+07:00`)), d.submitted, d.cumulative],
              }))}
            />
            <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
              {(["ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT", "NONE"] as const).map((s) => (
                <div key={s} className="rounded bg-slate-50 p-2">
                  <dt className="text-slate-700">{t(`states.${s}`)}</dt>
                  <dd className="text-lg font-bold">{view.openPeriod?.states[s]}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ) : null}
      </div>

      <Lists view={view} t={t} locale={locale} />

      {canDirect && view.byAgency.length ? (
        <Card aria-labelledby="direct-agency" className="no-print">
          <h2 id="direct-agency" className="text-lg font-semibold">
            {t("directAgency")}
          </h2>
          <div className="mt-3">
            <DirectiveForm
              planId={view.plan.id}
              organizations={view.byAgency.map((a) => ({ id: a.organizationId, shortName: a.name }))}
            />
          </div>
        </Card>
      ) : null}
    </article>
  );
}

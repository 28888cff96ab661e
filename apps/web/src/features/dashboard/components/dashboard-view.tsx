import {
  DISPLAY_CATEGORIES,
  formatDate,
  formatPercent,
  type Locale,
  officialCategoryLabel,
  periodStateLabel,
} from "@plan-tracker/core";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DirectiveForm } from "@/features/directives/components/directive-form";
import type { DashboardTaskItem, DashboardView as View } from "../data";
import { categoryColor } from "./category-colors";
import { PercentBars, StackedBars, SubmissionLine } from "./charts";
import { DataTable } from "./data-table";

type T = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

const pct = (n: number | null, locale: Locale) => (n === null ? "—" : formatPercent(n, locale));

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
  const year = view.period?.year;
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
          <div className="flex flex-col text-sm font-semibold">
            <label htmlFor="dashboard-plan">{t("plan")}</label>
            <select
              id="dashboard-plan"
              name="plan"
              defaultValue={view.plan.id}
              className="mt-1 rounded border border-slate-400 px-2 py-1.5"
            >
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.symbol}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col text-sm font-semibold">
            <label htmlFor="dashboard-year">{t("year")}</label>
            <select
              id="dashboard-year"
              name="year"
              defaultValue={year}
              className="mt-1 rounded border border-slate-400 px-2 py-1.5"
            >
              {view.years.map((y) => (
                <option key={y.year} value={y.year}>
                  {t("yearOption", { year: y.year, state: periodStateLabel[y.state][locale] })}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t("show")}
          </button>
        </form>
        {view.period ? (
          <p className="text-sm text-slate-700">
            {t("asOf", { year: view.period.year, date: formatDate(view.period.asOf) })}
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
            xKey="year"
            series={series}
            data={view.trend.map((y) => ({ year: String(y.year), ...y.byCategory }))}
          />
          <DataTable
            caption={t("chartTable", { title: t("trend") })}
            head={[t("year"), t("percent"), ...categoryHead]}
            rows={view.trend.map((y) => ({
              key: String(y.year),
              cells: [y.year, pct(y.percent, locale), ...DISPLAY_CATEGORIES.map((c) => y.byCategory[c])],
            }))}
          />
        </Card>

        {view.openPeriod ? (
          <Card aria-labelledby="submissions" className="min-w-0 break-inside-avoid">
            <h2 id="submissions" className="text-lg font-semibold">
              {t("submissions", { year: view.openPeriod.year })}
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
              caption={t("chartTable", { title: t("submissions", { year: view.openPeriod.year }) })}
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

function Headline({ view, t, locale }: { view: View; t: T; locale: Locale }) {
  const h = view.headline;
  const open = view.openPeriod;
  const days = open?.daysToReportDue ?? null;
  return (
    <section aria-labelledby="headline" className="min-w-0 break-inside-avoid">
      <h2 id="headline" className="sr-only">
        {t("headline")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label={t("tasksTotal")} value={String(h.total)} />
        <Figure label={t("overallPercent")} value={pct(h.percent, locale)} />
        <Figure
          label={open ? t("submitted") : t("noOpenPeriod")}
          value={open ? t("submittedValue", { submitted: open.submitted, expected: open.expected }) : "—"}
          note={open ? t("submittedPeriod", { year: open.year }) : undefined}
        />
        <Figure
          label={open ? t("daysLeft", { date: formatDate(open.reportDueDate) }) : t("noOpenPeriod")}
          value={
            days === null
              ? "—"
              : days > 0
                ? t("daysLeftValue", { days })
                : days === 0
                  ? t("dueToday")
                  : t("overdueDays", { days: -days })
          }
          tone={days !== null && days <= 10 ? (days < 0 ? "danger" : "warning") : undefined}
        />
      </dl>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {DISPLAY_CATEGORIES.map((c) => (
          <div
            key={c}
            className="rounded-md border border-slate-200 bg-white p-3"
            style={{ borderLeft: `6px solid ${categoryColor[c]}` }}
          >
            <dt className="text-sm text-slate-700">{officialCategoryLabel[c][locale]}</dt>
            <dd className="text-2xl font-bold text-slate-900">{h.byCategory[c]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Figure({
  label,
  value,
  note,
  tone,
}: {
  label: string;
  value: string;
  note?: string;
  tone?: "warning" | "danger";
}) {
  const bg = tone === "danger" ? "bg-red-50" : tone === "warning" ? "bg-amber-50" : "bg-white";
  return (
    <div className={`rounded-md border border-slate-200 p-3 ${bg}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold text-brand-900">{value}</dd>
      {note ? <dd className="text-xs text-slate-700">{note}</dd> : null}
    </div>
  );
}

function Lists({ view, t, locale }: { view: View; t: T; locale: Locale }) {
  const f = view.filters;
  const year = view.period?.year;
  return (
    <section aria-labelledby="lists" className="flex flex-col gap-4">
      <h2 id="lists" className="text-xl font-bold">
        {t("lists")}
      </h2>
      <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <input type="hidden" name="plan" value={view.plan.id} />
        {year ? <input type="hidden" name="year" value={year} /> : null}
        <div className="flex flex-col text-sm font-semibold">
          <label htmlFor="dashboard-org">{t("agency")}</label>
          <select
            id="dashboard-org"
            name="org"
            defaultValue={f.organizationId ?? ""}
            className="mt-1 max-w-xs rounded border border-slate-400 px-2 py-1.5"
          >
            <option value="">{t("allAgencies")}</option>
            {f.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm font-semibold">
          <label htmlFor="dashboard-section">{t("section")}</label>
          <select
            id="dashboard-section"
            name="section"
            defaultValue={f.sectionId ?? ""}
            className="mt-1 max-w-xs rounded border border-slate-400 px-2 py-1.5"
          >
            <option value="">{t("allSections")}</option>
            {f.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code}. {s.heading}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("filter")}
        </button>
        {f.organizationId || f.sectionId ? (
          <Link
            href={`/dashboard?plan=${view.plan.id}${year ? `&year=${year}` : ""}`}
            className="py-2 text-sm text-brand-700 underline"
          >
            {t("clearFilters")}
          </Link>
        ) : null}
      </form>
      <TaskList
        id="overdue"
        title={t("overdue", { count: view.overdue.length })}
        empty={t("overdueEmpty")}
        items={view.overdue}
        t={t}
        locale={locale}
      />
      <TaskList
        id="blocked"
        title={t("blocked", { count: view.blocked.length })}
        empty={t("blockedEmpty")}
        items={view.blocked}
        t={t}
        locale={locale}
      />
      <Card aria-labelledby="issues">
        <h3 id="issues" className="text-lg font-semibold">
          {t("issues", { year: year ?? "", count: view.issues.total })}
        </h3>
        {view.issues.rows.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("issuesEmpty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {view.issues.rows.map((row) => (
              <li key={row.updateId} className="py-3 text-sm">
                <p className="font-semibold">
                  <Link href={`/tasks/${row.taskId}`} className="font-mono text-brand-700 underline">
                    {row.taskCode}
                  </Link>{" "}
                  · {row.organizationName}
                </p>
                {row.difficulties ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("difficulties")}:</span> {row.difficulties}
                  </p>
                ) : null}
                {row.proposals ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("proposals")}:</span> {row.proposals}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.issues.total > view.issues.rows.length ? (
          <p className="mt-2 text-sm text-slate-700">
            {t("issuesMore", { shown: view.issues.rows.length, total: view.issues.total })}
          </p>
        ) : null}
      </Card>
    </section>
  );
}

function TaskList({
  id,
  title,
  empty,
  items,
  t,
  locale,
}: {
  id: string;
  title: string;
  empty: string;
  items: DashboardTaskItem[];
  t: T;
  locale: Locale;
}) {
  return (
    <Card aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:gap-3"
            >
              <Link
                href={`/tasks/${item.id}`}
                aria-label={t("openTask", { code: item.code })}
                className="w-20 shrink-0 font-mono font-semibold text-brand-700 underline"
              >
                {item.code}
              </Link>
              <span className="line-clamp-2 flex-1">{item.title}</span>
              <span className="shrink-0 text-slate-700">
                {item.leadName} · {pct(item.percent, locale)} · {officialCategoryLabel[item.category][locale]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

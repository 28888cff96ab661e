import { DISPLAY_CATEGORIES, formatDate, type Locale, officialCategoryLabel } from "@plan-tracker/core";
import type { DashboardView as View } from "../data";
import { categoryColor } from "./category-colors";
import { pct, type DashboardT as T } from "./dashboard-format";

/** The figures a leader reads first: tasks, overall percent, reports in, days left, tasks per category. */
export function Headline({ view, t, locale }: { view: View; t: T; locale: Locale }) {
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
          note={open ? t("submittedPeriod", { period: open.label }) : undefined}
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

import { can, daysUntil, formatDate, isAppError } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import { loadWorkingCalendar } from "@plan-tracker/periods/working-calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { DeadlineNote } from "@/features/report/components/deadline-note";
import { RemindButton } from "@/features/submission-review/components/remind-button";
import { SubmissionsTable } from "@/features/submission-review/components/submissions-table";
import { type ExpectedAgencyRow, listPeriodSubmissions } from "@/features/submission-review/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<{ state?: string | string[] }>;
};

const FILTERS = ["SUBMITTED", "RETURNED", "ACCEPTED", "notSent"] as const;
type Filter = (typeof FILTERS)[number];

const matches = (row: ExpectedAgencyRow, filter: Filter | null) =>
  filter === null ||
  (filter === "notSent" ? row.state === null || row.state === "DRAFT" : row.state === filter);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("listTitle") };
}

/** The focal agency's compiler watches who has and has not submitted, and opens what was sent. */
export default async function PeriodSubmissionsPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { periodId } = await params;
  const requested = (await searchParams).state;
  const filter = FILTERS.find((f) => f === requested) ?? null;
  const view = await listPeriodSubmissions(prisma, actor, periodId).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const t = await getTranslations("review");
  const calendar = await loadWorkingCalendar(prisma);
  const tSubmission = await getTranslations("submission");
  const { period, counts } = view;
  const now = new Date();
  const days = daysUntil(period.agencyDeadline, now);
  const reportDays = daysUntil(period.reportDueDate, now);
  const canRemind =
    period.state === "OPEN" &&
    can(actor, "submission.remind", { focalOrganizationId: period.plan.focalOrganizationId });
  const notSentCount = counts.DRAFT + counts.NONE + counts.RETURNED;
  const tiles: { key: Filter | null; label: string; value: number }[] = [
    { key: null, label: t("count.total"), value: counts.total },
    { key: "SUBMITTED", label: t("count.SUBMITTED"), value: counts.SUBMITTED },
    { key: "RETURNED", label: t("count.RETURNED"), value: counts.RETURNED },
    { key: "ACCEPTED", label: t("count.ACCEPTED"), value: counts.ACCEPTED },
    { key: "notSent", label: t("count.notSent"), value: counts.DRAFT + counts.NONE },
  ];
  const rows = view.rows.filter((row) => matches(row, filter));

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          {tSubmission("period", { plan: period.plan.symbol, period: periodLabel(period) })}
        </p>
        <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
        <p className="text-slate-700">{t("listIntro")}</p>
        <p className="text-sm text-slate-800">
          {tSubmission("deadline", { date: formatDate(period.agencyDeadline) })}
          <DeadlineNote calendar={calendar} date={period.agencyDeadline} />{" "}
          <strong className={days < 0 ? "text-red-800" : undefined}>
            ({days < 0 ? tSubmission("overdue", { days: -days }) : tSubmission("daysLeft", { days })})
          </strong>
        </p>
        <div
          className={alertClass(
            reportDays < 0 ? "error" : "info",
            "flex flex-wrap items-center justify-between gap-3",
            "base",
          )}
        >
          <p className="font-semibold text-slate-900">
            {t("reportBanner", {
              date: formatDate(period.reportDueDate),
              days:
                reportDays < 0
                  ? tSubmission("overdue", { days: -reportDays })
                  : tSubmission("daysLeft", { days: reportDays }),
            })}
            <DeadlineNote calendar={calendar} date={period.reportDueDate} />
          </p>
          <Link href={`/periods/${periodId}/report`} className={buttonClass("primary")}>
            {t("reportLink")}
          </Link>
        </div>
        {canRemind && notSentCount > 0 ? (
          <div className="flex flex-wrap items-start justify-between gap-3">
            <p className="max-w-prose text-sm text-slate-700">{t("remind.help")}</p>
            <RemindButton periodId={periodId} />
          </div>
        ) : null}
      </header>

      <nav aria-label={t("filter")}>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {tiles.map((tile) => {
            const current = tile.key === filter;
            const href = tile.key
              ? `/periods/${periodId}/submissions?state=${tile.key}`
              : `/periods/${periodId}/submissions`;
            return (
              <li key={tile.key ?? "all"}>
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={
                    current
                      ? "flex h-full flex-col rounded-lg border-2 border-brand-700 bg-brand-50 p-3 text-brand-900"
                      : "flex h-full flex-col rounded-lg border border-slate-200 bg-white p-3 text-slate-900 hover:bg-slate-50"
                  }
                >
                  <span className="text-2xl font-bold">{tile.value}</span>
                  <span className="text-sm">{tile.label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <section aria-labelledby="submissions-table-title" className="flex flex-col gap-3">
        <h2 id="submissions-table-title" className="text-lg font-semibold">
          {filter ? tiles.find((tile) => tile.key === filter)?.label : t("summary")} ({rows.length})
        </h2>
        <SubmissionsTable rows={rows} periodId={periodId} late={days < 0} canRemind={canRemind} />
      </section>
    </div>
  );
}

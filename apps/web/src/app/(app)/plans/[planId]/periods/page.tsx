import { formatDate, vnDateParts } from "@plan-tracker/core";
import { dateToCalendarDay } from "@plan-tracker/core/reporting/calendar-day";
import {
  CYCLE_NAMES,
  periodKeyOf,
  periodLabel,
  periodName,
  type ReportingCycle,
} from "@plan-tracker/core/reporting/period-key";
import {
  nextPeriodYear,
  periodCountdown,
  periodTransitionsFrom,
  periodYearBounds,
} from "@plan-tracker/core/reporting/period-rules";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { periodAccess } from "@/features/periods/access";
import { CountdownLine, countdownText } from "@/features/periods/components/countdown";
import { OpenPeriodForm } from "@/features/periods/components/open-period-form";
import { PeriodList, type PeriodListRow, STATE_TONE } from "@/features/periods/components/period-list";
import { getPlanPeriods } from "@/features/periods/data";
import { requireActor } from "@/server/session";

type Props = { params: Promise<{ planId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("periods"))("title") };
}

export default async function PlanPeriodsPage({ params }: Props) {
  const actor = await requireActor();
  const plan = await getPlanPeriods((await params).planId);
  if (!plan) notFound();
  const access = periodAccess(actor, plan.focalOrganization.id);
  if (!access) notFound();
  const t = await getTranslations("periods");

  const now = new Date();
  const bounds = periodYearBounds(
    Number(dateToCalendarDay(plan.issuedOn).slice(0, 4)),
    vnDateParts(now).year,
  );
  const open = plan.periods.find((p) => p.state === "OPEN") ?? null;
  // Newest first: the open period, else the latest, is the one the plan's pages are about.
  const current = open ?? plan.periods[0] ?? null;
  const rows: PeriodListRow[] = plan.periods.map((p) => {
    const countdown = periodCountdown(p, now);
    return {
      id: p.id,
      year: p.year,
      label: periodLabel(p),
      name: periodName(periodKeyOf(p)),
      cutoffDate: formatDate(p.cutoffDate),
      agencyDeadline: formatDate(p.agencyDeadline),
      reportDueDate: formatDate(p.reportDueDate),
      state: p.state,
      agencyDeadlineDays: countdown.agencyDeadline,
      reportDueDays: countdown.reportDue,
      submittedCount: p.submittedCount,
      acceptedCount: p.acceptedCount,
      // Reopening waits while another period is open (the server refuses it too).
      transitions:
        access === "manage"
          ? periodTransitionsFrom(p.state).filter((to) => to !== "OPEN" || !open || open.id === p.id)
          : [],
    };
  });
  const currentRow = current ? rows.find((r) => r.id === current.id) : undefined;
  const focal = plan.focalOrganization.shortName;
  const due = `${String(plan.reportDueDay).padStart(2, "0")}/${String(plan.reportDueMonth).padStart(2, "0")}`;

  // A plan that reports more often than yearly: suggest the period of today (its quarter, half or month).
  const yearOnly = plan.reportingCycles.length === 1 && plan.reportingCycles[0] === "ANNUAL";

  return (
    <article className="flex flex-col gap-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href={`/plans/${plan.id}`} className="text-brand-700 underline">
          ← {t("backToPlan", { symbol: plan.symbol })}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-800">{plan.title}</p>
        <p className="text-sm text-slate-700">
          {t("intro", { focal, cycles: plan.reportingCycles.map((c) => CYCLE_NAMES[c]).join(", ") })}
        </p>
        <p className="text-sm text-slate-700">
          {yearOnly
            ? t("rule", { due, offset: String(plan.agencyDeadlineOffsetDays) })
            : t("ruleCycles", {
                day: plan.reportDueDay,
                due,
                offset: String(plan.agencyDeadlineOffsetDays),
                annual: plan.reportingCycles.includes("ANNUAL") ? "yes" : "no",
              })}
        </p>
        {access === "read" ? (
          <p className="rounded-md border border-slate-300 bg-slate-100 p-3 text-sm text-slate-800">
            {t("readOnly", { focal: plan.focalOrganization.name })}
          </p>
        ) : null}
      </header>

      {current && currentRow ? (
        <Card aria-labelledby="current-period-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="current-period-title" className="text-lg font-semibold">
              {t("current")}: {t("periodYear", { period: periodLabel(current) })}
            </h2>
            <Badge tone={STATE_TONE[current.state]}>{t(`states.${current.state}`)}</Badge>
          </div>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold text-slate-700">{t("cutoffDate")}</dt>
            <dd>{currentRow.cutoffDate}</dd>
            <dt className="font-semibold text-slate-700">{t("agencyDeadline")}</dt>
            <dd>
              {currentRow.agencyDeadline}
              {currentRow.agencyDeadlineDays !== null ? (
                <CountdownLine days={currentRow.agencyDeadlineDays}>
                  {countdownText(t, currentRow.agencyDeadlineDays)}
                </CountdownLine>
              ) : null}
            </dd>
            <dt className="font-semibold text-slate-700">{t("reportDueDate")}</dt>
            <dd>
              {currentRow.reportDueDate}
              {currentRow.reportDueDays !== null ? (
                <CountdownLine days={currentRow.reportDueDays}>
                  {countdownText(t, currentRow.reportDueDays)}
                </CountdownLine>
              ) : null}
            </dd>
            <dt className="font-semibold text-slate-700">{t("submissions")}</dt>
            <dd>
              {t("submissionCounts", {
                submitted: currentRow.submittedCount,
                accepted: currentRow.acceptedCount,
              })}
            </dd>
          </dl>
        </Card>
      ) : null}

      {access === "manage" ? (
        <Card aria-labelledby="open-period-title" className="flex flex-col gap-3">
          <h2 id="open-period-title" className="text-lg font-semibold">
            {t("open.title")}
          </h2>
          <OpenPeriodForm
            planId={plan.id}
            suggestedYear={
              yearOnly
                ? nextPeriodYear(
                    plan.periods.map((p) => p.year),
                    vnDateParts(now).year,
                    bounds,
                  )
                : vnDateParts(now).year
            }
            cycles={plan.reportingCycles}
            suggestedSlot={yearOnly ? undefined : currentSlot(plan.reportingCycles[0] ?? "ANNUAL", now)}
            rule={{
              reportDueDay: plan.reportDueDay,
              reportDueMonth: plan.reportDueMonth,
              agencyDeadlineOffsetDays: plan.agencyDeadlineOffsetDays,
            }}
            openPeriod={open ? periodLabel(open) : null}
          />
        </Card>
      ) : null}

      <section aria-labelledby="period-list-title" className="flex flex-col gap-3">
        <h2 id="period-list-title" className="text-lg font-semibold">
          {t("list")}
        </h2>
        <PeriodList planId={plan.id} rows={rows} readOnly={access === "read"} />
      </section>
    </article>
  );
}

/** "QUARTERLY-4" in December: the period of the cycle that holds today (Vietnam time). */
function currentSlot(cycle: ReportingCycle, now: Date): string {
  const { month } = vnDateParts(now);
  const index =
    cycle === "MONTHLY"
      ? month
      : cycle === "QUARTERLY"
        ? Math.ceil(month / 3)
        : cycle === "SEMIANNUAL"
          ? month <= 6
            ? 1
            : 2
          : 1;
  return `${cycle}-${index}`;
}

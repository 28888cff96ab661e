import { can, formatDate } from "@plan-tracker/core";
import { calendarDayToDate } from "@plan-tracker/core/reporting/calendar-day";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { loadCalendarYear } from "@/features/calendar-admin/calendar-days";
import { AddCalendarDayForm } from "@/features/calendar-admin/components/add-calendar-day-form";
import { RemoveCalendarDayButton } from "@/features/calendar-admin/components/remove-calendar-day-button";
import { calendarYearSchema } from "@/features/calendar-admin/schema";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = { searchParams: Promise<{ year?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendarAdmin"))("title") };
}

const show = (iso: string) => formatDate(calendarDayToDate(iso));

/** The working calendar: the public holidays computed for the year, and the days the administrator adds. */
export default async function CalendarAdminPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "settings.manage")) notFound();
  const year = calendarYearSchema.parse((await searchParams).year);
  const t = await getTranslations("calendarAdmin");
  const view = await loadCalendarYear(prisma, actor, year);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <nav aria-label={t("years")} className="flex gap-4 text-sm">
          <Link href={`/admin/calendar?year=${year - 1}`} className="font-semibold text-brand-700 underline">
            {t("year", { year: year - 1 })}
          </Link>
          <Link href={`/admin/calendar?year=${year + 1}`} className="font-semibold text-brand-700 underline">
            {t("year", { year: year + 1 })}
          </Link>
        </nav>
      </header>
      <Card aria-labelledby="holidays-title" className="flex flex-col gap-3">
        <h2 id="holidays-title" className="text-lg font-semibold">
          {t("holidays")}
        </h2>
        <p className="text-sm text-slate-700">{t("holidaysNote")}</p>
        <ul className="flex flex-col gap-1">
          {view.holidays.map((h) => (
            <li key={h.date}>
              <span className="font-semibold tabular-nums">{show(h.date)}</span> — {h.name}
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="rows-title" className="flex flex-col gap-4">
        <h2 id="rows-title" className="text-lg font-semibold">
          {t("rows")}
        </h2>
        {view.rows.length === 0 ? (
          <p className="text-slate-700">{t("noRows")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {view.rows.map((row) => (
              <li key={row.date} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-semibold tabular-nums">{show(row.date)}</span> — {row.name} (
                  {t(`kinds.${row.kind}`)})
                </span>
                <RemoveCalendarDayButton date={row.date} label={t("removeLabel", { date: show(row.date) })} />
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">{t("addTitle")}</h3>
        <AddCalendarDayForm year={year} />
      </Card>
    </div>
  );
}

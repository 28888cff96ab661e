import { can, formatDateTime } from "@plan-tracker/core";
import { QUEUES } from "@plan-tracker/jobs/queues";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RunNowButton } from "@/features/jobs-admin/components/run-now-button";
import { type JobRow, loadJobsView } from "@/features/jobs-admin/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobsAdmin"))("title") };
}

function JobTable({ rows, caption, t }: { rows: JobRow[]; caption: string; t: (k: string) => string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("job")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("state")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("createdOn")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("retries")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("output")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((job) => (
            <tr key={job.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 font-mono">{job.name}</td>
              <td className={job.state === "failed" ? "px-3 py-2 font-semibold text-red-700" : "px-3 py-2"}>
                {t(`states.${job.state}`)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(job.createdOn)}</td>
              <td className="px-3 py-2">
                {job.retryCount}/{job.retryLimit}
              </td>
              <td className="px-3 py-2 break-words">{job.output ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The administrator's view of the job queue: schedules, failures with their errors, latest runs. */
export default async function JobsAdminPage() {
  const actor = await requireActor();
  if (!can(actor, "settings.manage")) notFound();
  const t = await getTranslations("jobsAdmin");
  const view = await loadJobsView(prisma, actor);
  const tt = (k: string) => t(k as never);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin/outbox" className="font-semibold text-brand-700 underline">
            {t("outboxLink")}
          </Link>
          <Link href="/admin/calendar" className="font-semibold text-brand-700 underline">
            {t("calendarLink")}
          </Link>
        </p>
      </header>
      {!view.started ? (
        <Alert variant="warning" role="status" size="base">
          {t("notStarted")}
        </Alert>
      ) : (
        <>
          <Card aria-labelledby="schedules-title" className="flex flex-col gap-3">
            <h2 id="schedules-title" className="text-lg font-semibold">
              {t("schedules")}
            </h2>
            <ul className="flex flex-col gap-3">
              {view.schedules.map((s) => (
                <li
                  key={s.name}
                  className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between"
                >
                  <span>
                    <span className="font-mono font-semibold">{s.name}</span> — {tt(`describe.${s.name}`)}{" "}
                    <span className="text-slate-700">
                      ({s.cron}, {s.timezone ?? "UTC"})
                    </span>
                  </span>
                  {s.name === QUEUES.periods || s.name === QUEUES.reminders || s.name === QUEUES.outbox ? (
                    <RunNowButton queue={s.name} label={t("runNow")} />
                  ) : null}
                </li>
              ))}
            </ul>
            <p role="status" className="text-sm text-slate-700">
              {t("counts", {
                completed: view.counts.completed ?? 0,
                failed: view.counts.failed ?? 0,
                retry: view.counts.retry ?? 0,
                active: view.counts.active ?? 0,
              })}
            </p>
          </Card>
          <section aria-labelledby="failed-title" className="flex flex-col gap-3">
            <h2 id="failed-title" className="text-lg font-semibold">
              {t("failed")}
            </h2>
            {view.failed.length === 0 ? (
              <p className="text-slate-700">{t("noFailures")}</p>
            ) : (
              <JobTable rows={view.failed} caption={t("failed")} t={tt} />
            )}
          </section>
          <section aria-labelledby="recent-title" className="flex flex-col gap-3">
            <h2 id="recent-title" className="text-lg font-semibold">
              {t("recent")}
            </h2>
            {view.recent.length === 0 ? (
              <p className="text-slate-700">{t("noRuns")}</p>
            ) : (
              <JobTable rows={view.recent} caption={t("recent")} t={tt} />
            )}
          </section>
        </>
      )}
    </div>
  );
}

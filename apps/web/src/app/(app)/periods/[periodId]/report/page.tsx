import { daysUntil, formatDate, formatDateTime, isAppError, toIsoDate } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import { loadWorkingCalendar } from "@plan-tracker/periods/working-calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { alertClass } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DeadlineNote } from "@/features/report/components/deadline-note";
import { ReportBody } from "@/features/report/components/report-body";
import {
  CompileForm,
  FinalizeForm,
  MarkSentForm,
  ReopenForm,
  SettingsForm,
} from "@/features/report/components/report-forms";
import {
  ChangesPanel,
  MissingPanel,
  ReportHistory,
  VersionsList,
} from "@/features/report/components/report-panels";
import { loadReportPage } from "@/features/report/data";
import { SuccessNotice } from "@/features/submissions/components/success-notice";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
};

const DONE = ["compiled", "finalized", "sent", "reopened"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title", { period: "" }).trim() };
}

/** Sở TN&MT compiles the year's report to UBND tỉnh, edits it, exports it and finalizes it. */
export default async function ReportPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { periodId } = await params;
  const requested = (await searchParams).done;
  const done = DONE.find((d) => d === requested);
  const view = await loadReportPage(prisma, actor, periodId).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const t = await getTranslations("report");
  const calendar = await loadWorkingCalendar(prisma);
  const { period, report, model, settings } = view;
  const days = daysUntil(period.reportDueDate, new Date());
  const state = report?.state ?? "NONE";

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          {t("planLine", { plan: period.plan.symbol, focal: period.plan.focalOrganization.name })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{t("title", { period: periodLabel(period) })}</h1>
          <Badge tone={state === "DRAFT" || state === "NONE" ? "warning" : "success"}>
            {t(`states.${state}`)}
          </Badge>
        </div>
        <p className={alertClass(days < 0 && state !== "SENT" ? "error" : "info", "font-semibold", "base")}>
          {t("dueBanner", { date: formatDate(period.reportDueDate) })}
          <DeadlineNote calendar={calendar} date={period.reportDueDate} /> —{" "}
          {days < 0 ? t("overdue", { days: -days }) : t("daysLeft", { days })}
        </p>
        {report?.compiledAt ? (
          <p className="text-sm text-slate-700">
            {t("compiledAt", { at: formatDateTime(report.compiledAt) })}
          </p>
        ) : null}
      </header>

      {done ? <SuccessNotice>{t(`done.${done}`)}</SuccessNotice> : null}

      {!model ? (
        <Card className="flex flex-col gap-3">
          <p>{view.can.edit ? t("notCompiled") : t("notCompiledReader")}</p>
          {view.can.edit ? <CompileForm periodId={periodId} again={false} /> : null}
        </Card>
      ) : (
        <>
          <div className="grid gap-4 lg:grid-cols-2">
            {view.can.edit ? (
              <Card className="flex flex-col gap-2">
                <p className="text-sm text-slate-700">{t("recompileHelp")}</p>
                <CompileForm periodId={periodId} again />
              </Card>
            ) : null}
            <Card className="flex flex-col gap-2" aria-labelledby="report-export">
              <h2 id="report-export" className="font-semibold">
                {t("export.title")}
              </h2>
              <div className="flex flex-wrap gap-2">
                {(["docx", "xlsx", "pdf"] as const).map((format) => (
                  <a
                    key={format}
                    href={`/periods/${periodId}/report/export/${format}`}
                    className={buttonClass("secondary")}
                    download
                  >
                    {t(`export.${format}`)}
                  </a>
                ))}
                <a
                  href={`/periods/${periodId}/report/export/html`}
                  className={buttonClass("ghost")}
                  target="_blank"
                  rel="noopener"
                >
                  {t("export.preview")}
                </a>
              </div>
            </Card>
          </div>

          {view.changes ? <ChangesPanel changes={view.changes} /> : null}
          <MissingPanel missing={model.missing} periodId={periodId} />

          {view.can.edit && settings && report ? (
            <Card aria-labelledby="report-settings" className="flex flex-col gap-3">
              <h2 id="report-settings" className="font-semibold">
                {t("settings.title")}
              </h2>
              <SettingsForm
                periodId={periodId}
                version={report.version}
                values={{
                  number: settings.number,
                  documentDate: settings.date ?? "",
                  signerAuthority: settings.signer.authority,
                  signerTitle: settings.signer.title,
                  signerName: settings.signer.name,
                  recipients: model.recipients.join("\n"),
                }}
              />
            </Card>
          ) : null}

          <ReportBody
            model={model}
            periodId={periodId}
            version={report?.version ?? 1}
            canEdit={view.can.edit}
          />
        </>
      )}

      {report ? (
        <Card aria-labelledby="report-versions" className="flex flex-col gap-4">
          <h2 id="report-versions" className="font-semibold">
            {t("versions.title")}
          </h2>
          {report.state === "SENT" && report.sentAt ? (
            <p className="font-semibold text-emerald-900">
              {t("sent.info", {
                date: formatDate(report.sentAt),
                number: report.number,
                symbol: model?.header.symbol ?? "",
              })}
            </p>
          ) : null}
          <VersionsList versions={view.versions} />
          {view.can.finalize ? (
            <div className="border-t border-slate-200 pt-4">
              <h3 className="font-semibold">{t("finalize.title")}</h3>
              <FinalizeForm
                periodId={periodId}
                version={report.version}
                warning={
                  model && model.missing.length > 0 ? (
                    <p className="text-sm font-semibold text-amber-900">
                      {t("finalize.missingWarning", { count: model.missing.length })}
                    </p>
                  ) : null
                }
              />
            </div>
          ) : null}
          {view.can.markSent ? (
            <div className="border-t border-slate-200 pt-4">
              <h3 className="font-semibold">{t("sent.title")}</h3>
              <MarkSentForm
                periodId={periodId}
                version={report.version}
                number={report.number}
                today={toIsoDate(new Date())}
              />
            </div>
          ) : null}
          {view.history.length ? (
            <details className="border-t border-slate-200 pt-4">
              <summary className="cursor-pointer font-semibold">{t("history.title")}</summary>
              <div className="mt-2">
                <ReportHistory history={view.history} />
              </div>
            </details>
          ) : null}
          {view.can.reopen ? (
            <div className="border-t border-slate-200 pt-4">
              <ReopenForm periodId={periodId} version={report.version} />
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}

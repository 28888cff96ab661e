import {
  type CompilationChanges,
  formatDateTime,
  hasChanges,
  type MissingAgency,
  officialCategoryLabel,
} from "@plan-tracker/core";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReportPageView, ReportVersionRow } from "../data";

export async function ChangesPanel({ changes }: { changes: CompilationChanges }) {
  const t = await getTranslations("report.changes");
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const pct = (p: number | null) => (p === null ? t("noPercent") : `${p}%`);
  return (
    <section aria-labelledby="report-changes" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
      <h2 id="report-changes" className="font-semibold text-brand-900">
        {t("title")}
      </h2>
      {!hasChanges(changes) ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm text-slate-900">
          {changes.agenciesAdded.length ? (
            <li>{t("agenciesAdded", { names: changes.agenciesAdded.join("; ") })}</li>
          ) : null}
          {changes.agenciesRemoved.length ? (
            <li>{t("agenciesRemoved", { names: changes.agenciesRemoved.join("; ") })}</li>
          ) : null}
          {changes.tasks.map((task) => (
            <li key={task.code}>
              {t("task", { code: task.code })}:{" "}
              {[
                task.added ? t("added") : null,
                task.category
                  ? t("category", {
                      from: officialCategoryLabel[task.category.from][locale],
                      to: officialCategoryLabel[task.category.to][locale],
                    })
                  : null,
                task.percent
                  ? t("percent", { from: pct(task.percent.from), to: pct(task.percent.to) })
                  : null,
                task.resultsChanged ? t("results") : null,
                task.contributionsChanged ? t("contributions") : null,
              ]
                .filter(Boolean)
                .join("; ")}
            </li>
          ))}
          {changes.difficulties.from !== changes.difficulties.to ? (
            <li>{t("difficulties", changes.difficulties)}</li>
          ) : null}
          {changes.proposals.from !== changes.proposals.to ? (
            <li>{t("proposals", changes.proposals)}</li>
          ) : null}
        </ul>
      )}
    </section>
  );
}

export async function MissingPanel({ missing, periodId }: { missing: MissingAgency[]; periodId: string }) {
  const t = await getTranslations("report.missing");
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="report-missing" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="report-missing" className="font-semibold text-amber-950">
        <span aria-hidden="true">⚠ </span>
        {t("title", { count: missing.length })}
      </h2>
      <p className="text-sm text-amber-950">{t("help")}</p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm text-slate-900">
        {missing.map((m) => (
          <li key={m.organizationId}>
            <span className="font-semibold">{m.organization}</span> — {t(`state.${m.state ?? "NONE"}`)} (
            {m.taskCodes.length > 6
              ? t("taskCount", { count: m.taskCodes.length })
              : t("tasks", { codes: m.taskCodes.join(", ") })}
            )
          </li>
        ))}
      </ul>
      <Link
        href={`/periods/${periodId}/submissions`}
        className="mt-2 inline-block text-sm font-semibold text-brand-800 underline"
      >
        {t("board")}
      </Link>
    </section>
  );
}

export async function VersionsList({ versions }: { versions: ReportVersionRow[] }) {
  const t = await getTranslations("report.versions");
  if (versions.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {versions.map((v) => (
        <li key={v.id} className="rounded border border-slate-200 p-3">
          <p className="font-semibold">
            {t("version", { number: v.number })}{" "}
            <span className="font-normal text-slate-700">
              — {t("by", { name: v.createdByName ?? "—", at: formatDateTime(v.createdAt) })}
            </span>
          </p>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {v.files.map((f) => (
              <li key={f.id} className="flex flex-wrap items-baseline gap-2">
                <a
                  href={`/report-files/${f.id}`}
                  className="font-semibold text-brand-800 underline"
                  aria-label={t("download", {
                    file: `${f.fileName} (${t("version", { number: v.number })})`,
                  })}
                >
                  {f.fileName}
                </a>
                <span className="text-slate-700">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
                <code className="break-all text-xs text-slate-700" title={t("sha")}>
                  {t("sha")}: {f.sha256}
                </code>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

const HISTORY_ACTIONS = [
  "report.compile",
  "report.recompile",
  "report.edit",
  "report.settings",
  "report.finalize",
  "report.markSent",
  "report.reopen",
] as const;

export async function ReportHistory({ history }: { history: ReportPageView["history"] }) {
  const t = await getTranslations("report.history");
  if (history.length === 0) return null;
  return (
    <ol className="flex flex-col gap-1 text-sm">
      {history.map((event) => (
        <li key={event.id}>
          <span className="text-slate-700">{formatDateTime(event.at)}</span> —{" "}
          <span className="font-semibold">{event.actorName ?? t("system")}</span>:{" "}
          {HISTORY_ACTIONS.includes(event.action as (typeof HISTORY_ACTIONS)[number])
            ? t(`actions.${event.action.slice("report.".length)}` as "actions.compile")
            : event.action}
        </li>
      ))}
    </ol>
  );
}

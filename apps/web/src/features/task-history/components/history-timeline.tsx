import {
  formatDate,
  formatDateTime,
  formatNumber,
  type Locale,
  periodStateLabel,
  reportedStatusLabel,
  submissionStateLabel,
} from "@plan-tracker/core";
import { periodKeyOf, periodName } from "@plan-tracker/core/reporting/period-key";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TaskHistory } from "../data";

type Year = TaskHistory[number];

/** The task's periods, newest first, each with its updates, evidence, comments and report states. */
export async function HistoryTimeline({
  history,
  leadOrganizationId,
}: {
  history: TaskHistory;
  leadOrganizationId: string | null;
}) {
  const t = await getTranslations("taskHistory");
  const locale: Locale = (await getLocale()) === "en" ? "en" : "vi";
  return (
    <ol className="flex flex-col gap-6 border-l-2 border-brand-100 pl-4">
      {history.map((year) => (
        <YearEntry
          key={year.period.id}
          year={year}
          t={t}
          locale={locale}
          leadOrganizationId={leadOrganizationId}
        />
      ))}
    </ol>
  );
}

function YearEntry({
  year,
  t,
  locale,
  leadOrganizationId,
}: {
  year: Year;
  t: Awaited<ReturnType<typeof getTranslations<"taskHistory">>>;
  locale: Locale;
  leadOrganizationId: string | null;
}) {
  const headingId = `history-${year.period.id}`;
  return (
    <li aria-labelledby={headingId} className="relative">
      <span
        aria-hidden="true"
        className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full bg-brand-600"
      />
      <h3 id={headingId} className="text-lg font-semibold">
        {periodName(periodKeyOf(year.period))}{" "}
        <span className="text-sm font-normal text-slate-700">
          · {t("periodState", { state: periodStateLabel[year.period.state][locale] })}
        </span>
      </h3>
      {year.updates.length === 0 ? <p className="mt-1 text-sm text-slate-700">{t("empty")}</p> : null}
      <ul className="mt-2 flex flex-col gap-3">
        {year.updates.map((u) => (
          <li
            key={u.id}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm"
            data-testid="history-update"
          >
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={u.organizationId === leadOrganizationId ? "info" : "neutral"}>
                {u.organizationId === leadOrganizationId ? t("lead") : t("coordinator")}
              </Badge>
              <span className="font-semibold">{u.organization.shortName}</span>
              {u.actionItem ? (
                <span className="font-mono text-slate-700">
                  {t("actionItem", { code: u.actionItem.code })}
                </span>
              ) : null}
              <span>· {reportedStatusLabel[u.status][locale]}</span>
              {u.percent !== null ? <span>· {formatNumber(u.percent)}%</span> : null}
              {u.completedOn ? <span>· {t("completedOn", { date: formatDate(u.completedOn) })}</span> : null}
            </p>
            {u.results ? (
              <p className="mt-1">
                <span className="font-semibold">{t("results")}:</span> {u.results}
              </p>
            ) : null}
            {u.difficulties ? (
              <p className="mt-1">
                <span className="font-semibold">{t("difficulties")}:</span> {u.difficulties}
              </p>
            ) : null}
            {u.proposals ? (
              <p className="mt-1">
                <span className="font-semibold">{t("proposals")}:</span> {u.proposals}
              </p>
            ) : null}
            {u.citedDocuments.length ? (
              <p className="mt-1">
                <span className="font-semibold">{t("cited")}:</span>{" "}
                {u.citedDocuments
                  .map(
                    (d) =>
                      `${d.symbol}${d.issuedOn ? ` (${formatDate(d.issuedOn)})` : ""}${d.summary ? ` – ${d.summary}` : ""}`,
                  )
                  .join("; ")}
              </p>
            ) : null}
            {u.attachments.length ? (
              <p className="mt-1">
                <span className="font-semibold">{t("evidence")}:</span>{" "}
                {u.attachments.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 ? ", " : ""}
                    <a href={`/files/${a.id}`} className="text-brand-700 underline">
                      {a.fileName}
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
            {u.comments.length ? (
              <div className="mt-2 border-l-2 border-slate-200 pl-2">
                <p className="font-semibold">{t("comments")}</p>
                <ul>
                  {u.comments.map((c) => (
                    <li key={c.id}>
                      <span className="text-slate-700">
                        {t("commentBy", { name: c.author.name, date: formatDateTime(c.createdAt) })}:
                      </span>{" "}
                      {c.body}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p className="mt-1 text-xs text-slate-700">
              {t("updatedBy", { name: u.updatedBy.name, date: formatDateTime(u.updatedAt) })}
            </p>
          </li>
        ))}
      </ul>
      {year.submissions.length ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{t("submissions")}</p>
          <ul className="mt-1 list-disc pl-5">
            {year.submissions.flatMap((s) => [
              ...s.snapshots.map((sn) => (
                <li key={`${s.id}-${sn.sequence}`}>
                  {t("sent", {
                    org: s.organization.shortName,
                    sequence: sn.sequence,
                    date: formatDateTime(sn.submittedAt),
                  })}
                </li>
              )),
              <li key={`${s.id}-state`}>
                {t("state", { org: s.organization.shortName, state: submissionStateLabel[s.state][locale] })}
                {s.reviewedAt ? ` ${t("reviewedAt", { date: formatDateTime(s.reviewedAt) })}` : ""}
                {s.state === "RETURNED" && s.returnReason
                  ? ` – ${t("returnReason", { reason: s.returnReason })}`
                  : ""}
              </li>,
            ])}
          </ul>
        </div>
      ) : null}
      {year.taskComments.length ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{t("taskComments")}</p>
          <ul className="mt-1 list-disc pl-5">
            {year.taskComments.map((c) => (
              <li key={c.id}>
                <span className="text-slate-700">
                  {t("commentBy", { name: c.author.name, date: formatDateTime(c.createdAt) })}:
                </span>{" "}
                {c.body}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

import { formatDate, formatDateTime, formatNumber, formatPercent, type Locale } from "@plan-tracker/core";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SNAPSHOT_SCHEMA_V1, type SubmissionContent, type SubmittedUpdate } from "../snapshot";

const EXCERPT = 280;
const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Translate = Awaited<ReturnType<typeof getTranslations<"submission.updates">>>;

/**
 * An agency's report: its updates and the tasks left without one. "excerpt" (the agency reviewing its
 * draft) clips long texts behind a disclosure and links each update to its editor; "full" (a report as
 * sent) shows every text in full.
 */
export async function SubmissionContentView({
  content,
  mode,
  editor,
}: {
  content: SubmissionContent;
  mode: "excerpt" | "full";
  /** Links to the update editor, for the agency's live draft. */
  editor?: { periodId: string; organizationId: string };
}) {
  const t = await getTranslations("submission.updates");
  const tMissing = await getTranslations("submission.missing");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <section
        aria-labelledby="updates-title"
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="updates-title" className="text-lg font-semibold">
          {t("title", { count: content.updates.length })}
        </h2>
        {content.updates.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <div className="mt-2 flex flex-col">
            {content.updates.map((update) => (
              <UpdateEntry
                key={update.id}
                update={update}
                mode={mode}
                editor={editor}
                t={t}
                locale={locale}
              />
            ))}
          </div>
        )}
      </section>
      {/* Version 1 snapshots (demo seed) did not record the tasks left without an update. */}
      {content.schema === SNAPSHOT_SCHEMA_V1 ? null : (
        <section
          aria-labelledby="missing-title"
          className={
            content.missingTasks.length
              ? "rounded-lg border border-amber-300 bg-amber-50 p-5"
              : "rounded-lg border border-slate-200 bg-white p-5"
          }
        >
          <h2 id="missing-title" className="text-lg font-semibold">
            {tMissing("title", { count: content.missingTasks.length })}
          </h2>
          {content.missingTasks.length === 0 ? (
            <p className="mt-2 text-slate-800">{tMissing("none")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-800">{tMissing("help")}</p>
              <ul className="mt-3 flex flex-col divide-y divide-amber-200">
                {content.missingTasks.map((task) => (
                  <li
                    key={task.taskId}
                    className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:gap-3"
                  >
                    <span className="w-20 shrink-0 font-mono text-sm font-semibold text-slate-900">
                      {task.code}
                    </span>
                    <span className="flex-1 text-sm text-slate-900">
                      {editor ? (
                        <Link
                          href={`/periods/${editor.periodId}/tasks/${task.taskId}?org=${editor.organizationId}`}
                          className="underline underline-offset-2"
                        >
                          {task.title}
                        </Link>
                      ) : (
                        task.title
                      )}
                    </span>
                    <span className="flex shrink-0 gap-2">
                      <Badge tone="warning">{tMissing("badge")}</Badge>
                      <Badge>{t(task.role === "lead" ? "roleLead" : "roleCoordinate")}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

function UpdateEntry({
  update,
  mode,
  editor,
  t,
  locale,
}: {
  update: SubmittedUpdate;
  mode: "excerpt" | "full";
  editor?: { periodId: string; organizationId: string };
  t: Translate;
  locale: Locale;
}) {
  const titleId = `update-${update.id}-title`;
  const subject = update.actionItem
    ? [t("subjectItem", { code: update.actionItem.code }), update.actionItem.content]
        .filter(Boolean)
        .join(": ")
    : t("subjectTask");
  const editHref = editor
    ? `/periods/${editor.periodId}/tasks/${update.taskId}?org=${editor.organizationId}${
        update.actionItem ? `&item=${update.actionItem.id}` : ""
      }`
    : null;
  return (
    <article
      id={`update-${update.id}`}
      aria-labelledby={titleId}
      className="flex scroll-mt-4 flex-col gap-3 border-t border-slate-200 py-4 first:border-t-0"
    >
      <header className="flex flex-col gap-1">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3 id={titleId} className="font-semibold text-slate-900">
            <span className="mr-2 font-mono text-brand-700">
              {update.actionItem?.code ?? update.taskCode}
            </span>
            {update.taskTitle}
          </h3>
          <Badge tone={update.role === "lead" ? "info" : "neutral"}>
            {t(update.role === "lead" ? "roleLead" : "roleCoordinate")}
          </Badge>
          {update.carriedFrom ? (
            <Badge tone="warning">{t("carriedFrom", { period: update.carriedFrom })}</Badge>
          ) : null}
        </div>
        <p className="line-clamp-2 text-sm text-slate-700">{subject}</p>
      </header>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="font-semibold text-slate-700">{t("status")}:</dt>
          <dd className="text-slate-900">{t(`statuses.${update.status}`)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="font-semibold text-slate-700">{t("percent")}:</dt>
          <dd className="text-slate-900">
            {update.percent === null ? "—" : formatPercent(update.percent, locale)}
          </dd>
        </div>
        {update.completedOn ? (
          <div className="flex gap-2">
            <dt className="font-semibold text-slate-700">{t("completedOn")}:</dt>
            <dd className="text-slate-900">{formatDate(isoToDate(update.completedOn))}</dd>
          </div>
        ) : null}
      </dl>
      <div className="grid gap-3 md:grid-cols-3">
        <TextBlock
          label={update.resultScope === "CUMULATIVE" ? t("resultsCumulative") : t("results")}
          text={update.results}
          mode={mode}
          t={t}
        />
        <TextBlock label={t("difficulties")} text={update.difficulties} mode={mode} t={t} />
        <TextBlock label={t("proposals")} text={update.proposals} mode={mode} t={t} />
      </div>
      {update.citedDocuments.length ? (
        <div className="text-sm">
          <p className="font-semibold text-slate-700">{t("citedDocuments")}</p>
          <ul className="mt-1 list-disc pl-5 text-slate-900">
            {update.citedDocuments.map((d) => (
              <li key={d.order}>
                {d.symbol}
                {d.issuedOn ? ` ${formatDate(isoToDate(d.issuedOn))}` : ""}
                {d.issuer ? ` (${d.issuer})` : ""}
                {d.summary ? `: ${d.summary}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {update.indicatorValues.length ? (
        <div className="text-sm">
          <p className="font-semibold text-slate-700">{t("indicators")}</p>
          <ul className="mt-1 list-disc pl-5 text-slate-900">
            {update.indicatorValues.map((v) => (
              <li key={v.indicatorId}>
                {v.name}: {formatNumber(Number(v.value), undefined, locale)} {v.unit}
                {v.note ? ` (${v.note})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {update.attachments.length ? (
        <div className="text-sm">
          <p className="font-semibold text-slate-700">{t("evidence")}</p>
          <ul className="mt-1 list-disc pl-5 text-slate-900">
            {update.attachments.map((f) => (
              <li key={f.id}>
                <a href={`/files/${f.id}`} className="text-brand-700 underline">
                  {f.fileName}
                </a>{" "}
                <span className="text-slate-700">
                  ({t("fileSize", { size: formatNumber(Math.max(1, Math.round(f.size / 1024)), 0, locale) })})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <footer className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        {update.updatedBy.name && update.updatedAt ? (
          <span>
            {t("lastEdit", { name: update.updatedBy.name, time: formatDateTime(new Date(update.updatedAt)) })}
          </span>
        ) : (
          <span />
        )}
        {editHref ? (
          <Link href={editHref} className="font-semibold text-brand-700 underline">
            {t("open", { code: update.actionItem?.code ?? update.taskCode })}
          </Link>
        ) : null}
      </footer>
    </article>
  );
}

function TextBlock({
  label,
  text,
  mode,
  t,
}: {
  label: string;
  text: string;
  mode: "excerpt" | "full";
  t: Translate;
}) {
  const body = text.trim();
  const long = mode === "excerpt" && body.length > EXCERPT;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-semibold text-slate-700">{label}</p>
      {!body ? (
        <p className="text-slate-600 italic">{t("nothing")}</p>
      ) : long ? (
        <>
          <p className="whitespace-pre-line text-slate-900">{`${body.slice(0, EXCERPT).trimEnd()}…`}</p>
          <details className="text-slate-900">
            <summary className="cursor-pointer font-semibold text-brand-700">{t("showAll")}</summary>
            <p className="mt-1 whitespace-pre-line">{body}</p>
          </details>
        </>
      ) : (
        <p className="whitespace-pre-line text-slate-900">{body}</p>
      )}
    </div>
  );
}

import { formatDateTime } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import type { TimelineEntry } from "../timeline";

const DOT = {
  SUBMITTED: "bg-brand-600",
  RETURNED: "bg-red-700",
  ACCEPTED: "bg-emerald-700",
} as const;

/** Every state change of the report, oldest first, with who and when. */
export async function SubmissionTimeline({
  entries,
  headingId,
}: {
  entries: TimelineEntry[];
  headingId: string;
}) {
  const t = await getTranslations("submission.timeline");
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-0 border-l-2 border-slate-200 pl-5">
          {entries.map((entry, index) => (
            <li key={`${entry.kind}-${entry.at}-${index}`} className="relative pb-4 last:pb-0">
              <span
                aria-hidden
                className={`absolute top-1.5 -left-[1.6rem] size-3 rounded-full ring-2 ring-white ${DOT[entry.kind]}`}
              />
              <p className="text-sm text-slate-700">
                <time dateTime={entry.at}>{formatDateTime(new Date(entry.at))}</time>
              </p>
              <p className="font-medium text-slate-900">
                {t(entry.kind, { name: entry.actorName ?? t("someone"), sequence: entry.sequence ?? 1 })}
              </p>
              {entry.reason ? (
                <p className="mt-1 text-sm whitespace-pre-line text-slate-800">
                  {t("reason", { reason: entry.reason })}
                </p>
              ) : null}
              {entry.sha256 ? (
                <p className="mt-1 font-mono text-xs break-all text-slate-600">
                  {t("checksum", { sha: entry.sha256 })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

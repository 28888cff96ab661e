import { formatDateTime } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmissionStateBadge } from "@/features/submissions/components/state-badge";
import type { ExpectedAgencyRow } from "../data";

/** Every agency expected to report, with its report's state; a sent report opens for reading. */
export async function SubmissionsTable({ rows, periodId }: { rows: ExpectedAgencyRow[]; periodId: string }) {
  const t = await getTranslations("review.table");
  const tStates = await getTranslations("submission.states");
  if (rows.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("organization")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("roles")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("state")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("submittedAt")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("lastActivity")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.organization.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-semibold text-slate-900">
                {row.organization.name}
              </th>
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                {[
                  row.leads ? t("leads", { count: row.leads }) : null,
                  row.coordinates ? t("coordinates", { count: row.coordinates }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ") || t("never")}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <SubmissionStateBadge state={row.state ?? "NONE"} label={tStates(row.state ?? "NONE")} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                {row.submittedAt ? formatDateTime(row.submittedAt) : t("never")}
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                {row.lastActivityAt ? formatDateTime(row.lastActivityAt) : t("never")}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                {row.readable ? (
                  <Link
                    href={`/periods/${periodId}/submissions/${row.organization.id}`}
                    aria-label={t("openLabel", { org: row.organization.name })}
                    className="font-semibold text-brand-700 underline"
                  >
                    {t("open")}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { formatDateTime } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmissionStateBadge } from "@/features/submissions/components/state-badge";
import type { ExpectedAgencyRow } from "../data";
import { RemindButton } from "./remind-button";

const notSent = (row: ExpectedAgencyRow) =>
  row.state === null || row.state === "DRAFT" || row.state === "RETURNED";

/**
 * Every agency expected to report, with its report's state; a sent report opens for reading. Past the
 * agency deadline, agencies that have not sent are marked late; the compiler may remind them.
 */
export async function SubmissionsTable({
  rows,
  periodId,
  late,
  canRemind,
}: {
  rows: ExpectedAgencyRow[];
  periodId: string;
  /** The agency deadline has passed. */
  late: boolean;
  canRemind: boolean;
}) {
  const tReview = await getTranslations("review");
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
            <tr
              key={row.organization.id}
              className={
                late && notSent(row)
                  ? "border-t border-slate-100 border-l-4 border-l-red-600 bg-red-50/60 align-top"
                  : "border-t border-slate-100 align-top"
              }
            >
              <th scope="row" className="px-3 py-2 text-left font-semibold text-slate-900">
                {row.organization.name}
                {late && notSent(row) ? (
                  <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
                    {tReview("late")}
                  </span>
                ) : null}
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
                {canRemind && notSent(row) ? (
                  <RemindButton
                    periodId={periodId}
                    organizationId={row.organization.id}
                    organizationName={row.organization.name}
                  />
                ) : null}
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

import { getTranslations } from "next-intl/server";
import { auditTime } from "../csv";
import type { AuditRow } from "../data";
import { auditChanges } from "../diff";

function Changes({ row, t }: { row: AuditRow; t: (key: string) => string }) {
  const changes = auditChanges(row.before, row.after);
  if (changes.length === 0) return <span className="text-slate-600">{t("noChange")}</span>;
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-0.5">
        {changes.slice(0, 6).map((change) => (
          <li key={change.field} className="break-words">
            {change.field ? <span className="font-mono font-semibold">{change.field}: </span> : null}
            <del className="text-red-800">{change.before ?? "∅"}</del>
            {" → "}
            <ins className="text-green-800 no-underline">{change.after ?? "∅"}</ins>
          </li>
        ))}
      </ul>
      <details>
        <summary className="cursor-pointer text-brand-700 underline">{t("fullRecord")}</summary>
        <p className="mt-1 font-semibold">{t("before")}</p>
        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">
          {JSON.stringify(row.before, null, 2) ?? "null"}
        </pre>
        <p className="mt-1 font-semibold">{t("after")}</p>
        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">
          {JSON.stringify(row.after, null, 2) ?? "null"}
        </pre>
      </details>
    </div>
  );
}

/** The events of one page, newest first; changes shown as field: before → after. */
export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations("auditLog");
  const tt = (key: string) => t(key as never);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("at")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("actor")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("what")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("changes")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("source")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id.toString()} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{auditTime(row.at)}</td>
              <td className="px-3 py-2">
                {row.actorName ? (
                  <>
                    <span className="block font-semibold">{row.actorName}</span>
                    {row.actorOrgName ? (
                      <span className="block text-slate-700">{row.actorOrgName}</span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-700">{t("system")}</span>
                )}
              </td>
              <td className="px-3 py-2">
                <span className="block font-mono font-semibold">{row.action}</span>
                <span className="block break-all font-mono text-slate-700">
                  {row.entityType} {row.entityId}
                </span>
              </td>
              <td className="px-3 py-2 max-w-md">
                <Changes row={row} t={tt} />
              </td>
              <td className="px-3 py-2 break-all text-slate-700">{row.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

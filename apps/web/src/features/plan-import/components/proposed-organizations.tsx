"use client";

import type { NewOrganization } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { useTranslations } from "next-intl";

/** Organizations the document names but the directory lacks: created only when ticked. */
export function ProposedOrganizations({
  proposals,
  confirmed,
  onChange,
}: {
  proposals: NewOrganization[];
  confirmed: string[];
  onChange: (proposals: NewOrganization[], confirmed: string[]) => void;
}) {
  const t = useTranslations("planImport.review");
  if (proposals.length === 0) return null;
  return (
    <section
      aria-labelledby="proposed-heading"
      className="rounded-lg border border-amber-300 bg-white p-4 shadow-sm"
    >
      <h2 id="proposed-heading" className="text-lg font-semibold">
        {t("proposed")} ({proposals.length})
      </h2>
      <p className="mt-1 text-sm text-slate-800">{t("proposedHelp")}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {proposals.map((p, i) => (
          <li key={p.code} className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={confirmed.includes(p.code)}
                onChange={(e) =>
                  onChange(
                    proposals,
                    e.target.checked ? [...confirmed, p.code] : confirmed.filter((c) => c !== p.code),
                  )
                }
                className="size-4"
              />
              {t("proposedCreate", { name: p.name, code: p.code })}
            </label>
            <label htmlFor={`proposal-${i}`} className="sr-only">
              {t("proposedName")}
            </label>
            <input
              id={`proposal-${i}`}
              value={p.name}
              onChange={(e) =>
                onChange(
                  proposals.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                  confirmed,
                )
              }
              className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 sm:ml-auto sm:w-80"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

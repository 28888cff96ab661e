"use client";

import type { NewOrganization } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { useTranslations } from "next-intl";
import { CheckboxField, Field } from "@/components/ui/field";

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
            <CheckboxField
              size="sm"
              label={t("proposedCreate", { name: p.name, code: p.code })}
              checked={confirmed.includes(p.code)}
              onChange={(e) =>
                onChange(
                  proposals,
                  e.target.checked ? [...confirmed, p.code] : confirmed.filter((c) => c !== p.code),
                )
              }
            />
            <Field
              id={`proposal-${i}`}
              size="sm"
              hideLabel
              label={t("proposedName")}
              value={p.name}
              onChange={(e) =>
                onChange(
                  proposals.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                  confirmed,
                )
              }
              className="sm:ml-auto sm:w-80"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import { formatDateTime } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { UpdateView } from "../update-view";
import type { FormFields } from "./form-state";

const COMPARED = ["status", "percent", "completedOn", "results", "difficulties", "proposals"] as const;

/** Both texts side by side: a stale save is never applied silently, the person chooses. */
export function ConflictView({
  mine,
  current,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: FormFields;
  current: UpdateView;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations("update");
  const show = (field: (typeof COMPARED)[number], value: FormFields[typeof field]) => {
    if (value === null || value === "") return <em className="text-slate-600">{t("conflict.empty")}</em>;
    if (field === "status") return t(`statuses.${value as FormFields["status"]}`);
    return String(value);
  };
  const differing = COMPARED.filter((f) => mine[f] !== current[f]);
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
    >
      <h2 id="conflict-title" className="text-lg font-bold text-amber-950">
        {t("conflict.title")}
      </h2>
      <p className="mt-1 text-amber-950">
        {t("conflict.body", {
          name: current.updatedByName,
          version: current.version,
          time: formatDateTime(new Date(current.updatedAt)),
        })}
      </p>
      <table className="mt-3 w-full table-fixed border-collapse bg-white text-sm">
        <thead>
          <tr>
            <th scope="col" className="w-40 border border-amber-200 p-2 text-left" />
            <th scope="col" className="border border-amber-200 p-2 text-left">
              {t("conflict.mine")}
            </th>
            <th scope="col" className="border border-amber-200 p-2 text-left">
              {t("conflict.theirs")}
            </th>
          </tr>
        </thead>
        <tbody>
          {differing.map((field) => (
            <tr key={field} className="align-top">
              <th scope="row" className="border border-amber-200 p-2 text-left font-semibold">
                {t(field)}
              </th>
              <td
                className="whitespace-pre-wrap border border-amber-200 p-2"
                data-testid={`conflict-mine-${field}`}
              >
                {show(field, mine[field])}
              </td>
              <td
                className="whitespace-pre-wrap border border-amber-200 p-2"
                data-testid={`conflict-theirs-${field}`}
              >
                {show(field, current[field])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>{t("conflict.keepMine")}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </Button>
      </div>
    </section>
  );
}

import { formatDate } from "@plan-tracker/core";
import type { FieldChange, PlanDiff } from "@plan-tracker/plan-import/persist";
import { getTranslations } from "next-intl/server";

const ORG_FIELDS = new Set(["leadCode", "coordinatorCodes", "issuerCode", "focalCode"]);
const DATE_FIELDS = new Set(["dueDate", "issuedOn"]);

/** Calendar days are compared as ISO; shown as dd/MM/yyyy like every date of the UI. */
function showDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(new Date(`${value}T00:00:00Z`)) : value;
}

/** What a re-import would change, task by task, before anything is applied. */
export async function DiffView({ diff, orgNames }: { diff: PlanDiff; orgNames: Record<string, string> }) {
  const t = await getTranslations("planImport.reimport");
  const fieldName = (field: string) =>
    t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.title") : field;
  const show = (change: FieldChange, value: string) =>
    DATE_FIELDS.has(change.field)
      ? showDate(value)
      : ORG_FIELDS.has(change.field)
        ? value
            .split(", ")
            .map((code) => orgNames[code] ?? code)
            .join(", ")
        : value;
  const changesTable = (changes: FieldChange[], caption: string) => (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">
              {t("field")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("before")}
            </th>
            <th scope="col" className="py-1">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1 pr-3 text-left font-semibold">
                {fieldName(c.field)}
              </th>
              <td className="whitespace-pre-wrap py-1 pr-3 text-slate-800">
                <del className="decoration-red-700">{show(c, c.before)}</del>
              </td>
              <td className="whitespace-pre-wrap py-1 text-slate-900">
                <ins className="no-underline">{show(c, c.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const retire = diff.tasks.removed.filter((r) => r.retire);
  const remove = diff.tasks.removed.filter((r) => !r.retire);
  const sections = diff.sections;
  return (
    <div className="flex flex-col gap-5">
      {diff.plan.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("planFields")}</h2>
          {changesTable(diff.plan, t("planFields"))}
        </section>
      ) : null}
      {sections.added.length + sections.removed.length + sections.changed.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          {sections.added.length > 0 ? (
            <p>{t("sectionsAdded", { codes: sections.added.map((s) => s.code).join(", ") })}</p>
          ) : null}
          {sections.changed.length > 0 ? (
            <p>{t("sectionsChanged", { codes: sections.changed.map((s) => s.code).join(", ") })}</p>
          ) : null}
          {sections.removed.length > 0 ? (
            <p>{t("sectionsRemoved", { codes: sections.removed.map((s) => s.code).join(", ") })}</p>
          ) : null}
        </section>
      ) : null}
      {diff.tasks.added.length > 0 ? (
        <section className="rounded-lg border border-emerald-300 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("added", { count: diff.tasks.added.length })}</h2>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {diff.tasks.added.map((task) => (
              <li key={task.code}>
                <span className="font-semibold">{task.code}</span> ·{" "}
                {task.leadCode ? (orgNames[task.leadCode] ?? task.leadCode) : (task.leadScopePhrase ?? "")} ·{" "}
                {task.content.slice(0, 200)}
                {task.content.length > 200 ? "…" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.tasks.changed.length > 0 ? (
        <section className="rounded-lg border border-brand-300 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("changed", { count: diff.tasks.changed.length })}</h2>
          <ul className="mt-2 flex flex-col gap-4">
            {diff.tasks.changed.map((c) => (
              <li key={c.id}>
                <h3 className="font-semibold">
                  {c.toCode}
                  {c.renumbered ? ` (${t("renumbered", { from: c.fromCode, to: c.toCode })})` : ""}
                  {c.similarity < 1
                    ? ` · ${t("similarity", { percent: Math.round(c.similarity * 100) })}`
                    : ""}
                  {c.restored ? ` · ${t("restored")}` : ""}
                </h3>
                {c.changes.length > 0 ? changesTable(c.changes, c.toCode) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {retire.length > 0 ? (
        <section className="rounded-lg border border-amber-300 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("removedRetire", { count: retire.length })}</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {retire.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{r.code}</span> · {r.content.slice(0, 160)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {remove.length > 0 ? (
        <section className="rounded-lg border border-red-300 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("removedDelete", { count: remove.length })}</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {remove.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{r.code}</span> · {r.content.slice(0, 160)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-sm text-slate-700">{t("unchanged", { count: diff.tasks.unchanged })}</p>
    </div>
  );
}

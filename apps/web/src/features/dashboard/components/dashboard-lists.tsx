import { type Locale, officialCategoryLabel } from "@plan-tracker/core";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import type { DashboardTaskItem, DashboardView as View } from "../data";
import { pct, type DashboardT as T } from "./dashboard-format";

/** Overdue and blocked tasks and the agencies' difficulties and proposals, filtered by agency and section. */
export function Lists({ view, t, locale }: { view: View; t: T; locale: Locale }) {
  const f = view.filters;
  const periodKey = view.period?.key;
  return (
    <section aria-labelledby="lists" className="flex flex-col gap-4">
      <h2 id="lists" className="text-xl font-bold">
        {t("lists")}
      </h2>
      <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <input type="hidden" name="plan" value={view.plan.id} />
        {periodKey ? <input type="hidden" name="period" value={periodKey} /> : null}
        <SelectField
          id="dashboard-org"
          name="org"
          size="sm"
          label={t("agency")}
          defaultValue={f.organizationId ?? ""}
          selectClassName="max-w-xs"
        >
          <option value="">{t("allAgencies")}</option>
          {f.agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="dashboard-section"
          name="section"
          size="sm"
          label={t("section")}
          defaultValue={f.sectionId ?? ""}
          selectClassName="max-w-xs"
        >
          <option value="">{t("allSections")}</option>
          {f.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code}. {s.heading}
            </option>
          ))}
        </SelectField>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("filter")}
        </button>
        {f.organizationId || f.sectionId ? (
          <Link
            href={`/dashboard?plan=${view.plan.id}${periodKey ? `&period=${periodKey}` : ""}`}
            className="py-2 text-sm text-brand-700 underline"
          >
            {t("clearFilters")}
          </Link>
        ) : null}
      </form>
      <TaskList
        id="overdue"
        title={t("overdue", { count: view.overdue.length })}
        empty={t("overdueEmpty")}
        items={view.overdue}
        t={t}
        locale={locale}
      />
      <TaskList
        id="blocked"
        title={t("blocked", { count: view.blocked.length })}
        empty={t("blockedEmpty")}
        items={view.blocked}
        t={t}
        locale={locale}
      />
      <Card aria-labelledby="issues">
        <h3 id="issues" className="text-lg font-semibold">
          {t("issues", { period: view.period?.label ?? "", count: view.issues.total })}
        </h3>
        {view.issues.rows.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("issuesEmpty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {view.issues.rows.map((row) => (
              <li key={row.updateId} className="py-3 text-sm">
                <p className="font-semibold">
                  <Link href={`/tasks/${row.taskId}`} className="font-mono text-brand-700 underline">
                    {row.taskCode}
                  </Link>{" "}
                  · {row.organizationName}
                </p>
                {row.difficulties ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("difficulties")}:</span> {row.difficulties}
                  </p>
                ) : null}
                {row.proposals ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t("proposals")}:</span> {row.proposals}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.issues.total > view.issues.rows.length ? (
          <p className="mt-2 text-sm text-slate-700">
            {t("issuesMore", { shown: view.issues.rows.length, total: view.issues.total })}
          </p>
        ) : null}
      </Card>
    </section>
  );
}

function TaskList({
  id,
  title,
  empty,
  items,
  t,
  locale,
}: {
  id: string;
  title: string;
  empty: string;
  items: DashboardTaskItem[];
  t: T;
  locale: Locale;
}) {
  return (
    <Card aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:gap-3"
            >
              <Link
                href={`/tasks/${item.id}`}
                aria-label={t("openTask", { code: item.code })}
                className="w-20 shrink-0 font-mono font-semibold text-brand-700 underline"
              >
                {item.code}
              </Link>
              <span className="line-clamp-2 flex-1">{item.title}</span>
              <span className="shrink-0 text-slate-700">
                {item.leadName} · {pct(item.percent, locale)} · {officialCategoryLabel[item.category][locale]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

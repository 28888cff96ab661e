import { type Locale, officialCategoryLabel } from "@plan-tracker/core";
import { getLocale, getTranslations } from "next-intl/server";
import { PercentBars } from "@/features/dashboard/components/charts";
import { pct } from "@/features/dashboard/components/dashboard-format";
import { DataTable } from "@/features/dashboard/components/data-table";
import type { TaskProgressPoint } from "../progress";

/** The task's progress per period: a chart and its table (what screen readers read and what prints). */
export async function TaskProgress({ points }: { points: readonly TaskProgressPoint[] }) {
  const t = await getTranslations("taskHistory");
  const locale: Locale = (await getLocale()) === "en" ? "en" : "vi";
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="task-progress" className="mb-6 flex flex-col gap-2">
      <h3 id="task-progress" className="font-semibold">
        {t("progress")}
      </h3>
      <p className="text-sm text-slate-700">{t("progressNote")}</p>
      <PercentBars
        label={t("percent")}
        height={Math.max(120, points.length * 28 + 40)}
        data={points.map((p) => ({ name: p.name, percent: Math.round(p.percent ?? 0) }))}
      />
      <DataTable
        caption={t("progress")}
        head={[t("period"), t("percent"), t("category")]}
        rows={points.map((p) => ({
          key: p.periodId,
          cells: [
            p.name,
            pct(p.percent, locale),
            p.reported ? officialCategoryLabel[p.category][locale] : t("noReport"),
          ],
        }))}
      />
    </section>
  );
}

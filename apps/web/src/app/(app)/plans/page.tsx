import { formatDate, PLAN_STATUSES } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { canImportPlans } from "@/features/plan-import/access";
import { listPlans } from "@/features/plans/data";
import { planListFilterFrom } from "@/features/plans/list-filter";
import { requirePermission } from "@/server/guard";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage({ searchParams }: Props) {
  const actor = await requirePermission("plan.read");
  const t = await getTranslations("plans");
  const tImport = await getTranslations("planImport");
  const filter = planListFilterFrom(await searchParams);
  const { plans, focalOptions, yearOptions } = await listPlans(filter);
  const filtered = Boolean(filter.status || filter.focal || filter.year || filter.q);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {canImportPlans(actor) ? (
          <Link href="/plans/import" className="font-semibold text-brand-700 underline">
            {tImport("link")}
          </Link>
        ) : null}
      </div>
      <form
        method="get"
        aria-label={t("filters.label")}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <SelectField
          id="plans-status"
          name="status"
          size="sm"
          label={t("filters.status")}
          defaultValue={filter.status ?? ""}
        >
          <option value="">{t("filters.allStatuses")}</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="plans-focal"
          name="focal"
          size="sm"
          label={t("filters.focal")}
          defaultValue={filter.focal ?? ""}
          selectClassName="max-w-64"
        >
          <option value="">{t("filters.allFocal")}</option>
          {focalOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="plans-year"
          name="year"
          size="sm"
          label={t("filters.year")}
          defaultValue={filter.year ?? ""}
        >
          <option value="">{t("filters.allYears")}</option>
          {yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <Field
          id="plans-q"
          name="q"
          type="search"
          size="sm"
          label={t("filters.q")}
          defaultValue={filter.q ?? ""}
          maxLength={100}
          className="min-w-48 flex-1"
          controlClassName="w-full"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("filters.submit")}
        </button>
        {filtered ? (
          <Link href="/plans" className="py-1.5 text-sm font-semibold text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        ) : null}
      </form>
      <p role="status" className="text-sm text-slate-700">
        {plans.length === 0
          ? t(filtered ? "filters.empty" : "filters.none")
          : t("filters.count", { count: plans.length })}
      </p>
      <ul className="flex flex-col gap-4">
        {plans.map((plan) => (
          <li key={plan.id} data-plan={plan.symbol}>
            <Card>
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/plans/${plan.id}`}
                  className="text-lg font-semibold text-brand-900 hover:underline"
                >
                  {t("planNumber", { symbol: plan.symbol })}
                </Link>
                <Badge tone={plan.status === "ACTIVE" ? "success" : "neutral"}>
                  {t(`statuses.${plan.status}`)}
                </Badge>
              </div>
              <p className="mt-1 text-slate-800">{plan.title}</p>
              <p className="mt-2 text-sm text-slate-700">
                {t("issuedOn")}: {formatDate(plan.issuedOn)} · {t("focal")}: {plan.focalOrganization.name} ·{" "}
                {t("taskCount", { count: plan._count.tasks })} · {plan.validFromYear}–{plan.validToYear}
              </p>
              {plan.status === "EXPIRED" || plan.status === "REPLACED" ? (
                <p className="mt-1 text-sm text-slate-700">
                  {plan.endedOn ? t("ended.endedOn", { date: formatDate(plan.endedOn) }) : null}
                  {plan.status === "REPLACED" ? (
                    <>
                      {plan.endedOn ? " · " : null}
                      {t("ended.replacedBy", {
                        document:
                          plan.replacedByText ||
                          (plan.replacedBy ? t("planNumber", { symbol: plan.replacedBy.symbol }) : ""),
                      })}
                    </>
                  ) : null}
                </p>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

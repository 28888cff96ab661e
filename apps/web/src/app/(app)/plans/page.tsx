import { formatDate } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { canImportPlans } from "@/features/plan-import/access";
import { listPlans } from "@/features/plans/data";
import { requirePermission } from "@/server/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage() {
  const actor = await requirePermission("plan.read");
  const t = await getTranslations("plans");
  const tImport = await getTranslations("planImport");
  const plans = await listPlans();
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
      <ul className="flex flex-col gap-4">
        {plans.map((plan) => (
          <li key={plan.id}>
            <Card>
              <Link
                href={`/plans/${plan.id}`}
                className="text-lg font-semibold text-brand-900 hover:underline"
              >
                {t("planNumber", { symbol: plan.symbol })}
              </Link>
              <p className="mt-1 text-slate-800">{plan.title}</p>
              <p className="mt-2 text-sm text-slate-700">
                {t("issuedOn")}: {formatDate(plan.issuedOn)} · {t("focal")}: {plan.focalOrganization.name} ·{" "}
                {t("taskCount", { count: plan._count.tasks })} · {plan.validFromYear}–{plan.validToYear}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { can } from "@plan-tracker/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/features/dashboard/components/dashboard-view";
import { PrintButton } from "@/features/dashboard/components/print-button";
import { loadDashboard } from "@/features/dashboard/data";
import { dashboardPlans } from "@/features/dashboard/plans";
import { parseDashboardParams } from "@/features/dashboard/schema";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePermission("dashboard.read");
  const params = parseDashboardParams(await searchParams);
  const t = await getTranslations("dashboard");
  const plans = await dashboardPlans(prisma);
  const planId = params.plan ?? plans[0]?.id;
  if (!planId) return <p role="status">{t("noPlan")}</p>;
  const view = await loadDashboard(prisma, {
    planId,
    year: params.year,
    now: new Date(),
    organizationId: params.org,
    sectionId: params.section,
  });
  if (!view) notFound();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-end">
        <PrintButton label={t("print")} />
      </div>
      <DashboardView view={view} plans={plans} canDirect={can(actor, "directive.create")} />
    </div>
  );
}

import { can } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/features/dashboard/components/dashboard-view";
import { PortfolioView } from "@/features/dashboard/components/portfolio-view";
import { PrintButton } from "@/features/dashboard/components/print-button";
import { loadDashboard } from "@/features/dashboard/data";
import { dashboardPlans } from "@/features/dashboard/plans";
import { loadPortfolio } from "@/features/dashboard/portfolio";
import { parseDashboardParams, parsePortfolioParams } from "@/features/dashboard/schema";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePermission("dashboard.read");
  const raw = await searchParams;
  const params = parseDashboardParams(raw);
  const t = await getTranslations("dashboard");
  const now = new Date();
  // Without a plan in the URL: every plan (the portfolio); with one, that plan's dashboard.
  if (!params.plan) {
    const portfolio = parsePortfolioParams(raw);
    const view = await loadPortfolio(prisma, {
      now,
      status: portfolio.status,
      sort: portfolio.sort,
      dir: portfolio.dir,
      agencySort: portfolio.asort,
      agencyDir: portfolio.adir,
    });
    return (
      <div className="flex flex-col gap-2">
        <div className="flex justify-end">
          <PrintButton label={t("print")} />
        </div>
        <PortfolioView view={view} now={now} />
      </div>
    );
  }
  const planId = params.plan;
  const plans = await dashboardPlans(prisma);
  const view = await loadDashboard(prisma, {
    planId,
    period: params.period,
    now,
    organizationId: params.org,
    sectionId: params.section,
  });
  if (!view) notFound();
  return (
    <div className="flex flex-col gap-2">
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href="/dashboard" className="text-sm text-brand-700 underline">
          {t("allPlans")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <DashboardView view={view} plans={plans} canDirect={can(actor, "directive.create")} />
    </div>
  );
}

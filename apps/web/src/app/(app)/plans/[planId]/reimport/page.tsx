import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { maxUploadMb } from "@/features/attachments/limits";
import { UploadForm } from "@/features/plan-import/components/upload-form";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { params: Promise<{ planId: string }> };

async function loadPlan(planId: string) {
  return prisma.plan.findUnique({
    where: { id: planId },
    select: { id: true, symbol: true, focalOrganizationId: true },
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await loadPlan((await params).planId);
  if (!plan) return {};
  return { title: (await getTranslations("planImport"))("reimport.title", { symbol: plan.symbol }) };
}

export default async function ReimportPage({ params }: Props) {
  const plan = await loadPlan((await params).planId);
  if (!plan) notFound();
  await requirePermission("plan.manage", { focalOrganizationId: plan.focalOrganizationId });
  const t = await getTranslations("planImport");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>
        <Link href={`/plans/${plan.id}`} className="text-sm text-brand-700 underline">
          {plan.symbol}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("reimport.title", { symbol: plan.symbol })}</h1>
      <p className="text-slate-800">{t("reimport.intro")}</p>
      <p className="text-sm text-slate-700">{t("reimport.rules")}</p>
      <Card>
        <UploadForm limitMb={maxUploadMb()} planId={plan.id} />
      </Card>
    </div>
  );
}

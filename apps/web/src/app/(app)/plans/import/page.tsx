import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { maxUploadMb } from "@/features/attachments/limits";
import { UploadForm } from "@/features/plan-import/components/upload-form";
import { requirePlanImporter } from "@/features/plan-import/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planImport"))("title") };
}

export default async function PlanImportPage() {
  await requirePlanImporter();
  const t = await getTranslations("planImport");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>
        <Link href="/plans" className="text-sm text-brand-700 underline">
          {t("backToPlans")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-800">{t("intro")}</p>
      <Card>
        <UploadForm limitMb={maxUploadMb()} />
      </Card>
    </div>
  );
}

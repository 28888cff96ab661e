import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { maxUploadMb } from "@/features/attachments/limits";
import { UploadForm } from "@/features/plan-import/components/upload-form";
import { requirePlanImporter } from "@/features/plan-import/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planImport"))("title") };
}

export default async function PlanImportPage() {
  const actor = await requirePlanImporter();
  const t = await getTranslations("planImport");
  const isAdmin = actor.memberships.some((m) => m.role === "ADMIN");
  // The policy's plan.manage, said before the work starts: the focal agency decides who may create the plan.
  const focalAgencies = [
    ...new Set(actor.memberships.filter((m) => m.role === "COMPILER").map((m) => m.organization.name)),
  ].join(", ");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>
        <Link href="/plans" className="text-sm text-brand-700 underline">
          {t("backToPlans")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-800">{t("intro")}</p>
      <Alert variant="info" role="note" aria-labelledby="import-who-title">
        <p id="import-who-title" className="font-semibold">
          {t("who.title")}
        </p>
        <p className="mt-1">{isAdmin ? t("who.admin") : t("who.compiler", { agencies: focalAgencies })}</p>
        {isAdmin ? null : <p className="mt-1">{t("who.others")}</p>}
      </Alert>
      <Card>
        <UploadForm limitMb={maxUploadMb()} />
      </Card>
    </div>
  );
}

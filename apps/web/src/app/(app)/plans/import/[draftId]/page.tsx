import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReviewEditor } from "@/features/plan-import/components/review-editor";
import { getDraft, loadDirectory, requirePlanImporter } from "@/features/plan-import/data";
import { taskHighlights } from "@/features/plan-import/highlights";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planImport"))("review.title") };
}

export default async function ReviewImportPage({ params }: Props) {
  const actor = await requirePlanImporter();
  const draft = await getDraft(actor, (await params).draftId);
  if (!draft || draft.planId) notFound();
  const t = await getTranslations("planImport");
  const directory = await loadDirectory();
  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href="/plans/import" className="text-sm text-brand-700 underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("review.title")}</h1>
      <p className="max-w-3xl text-slate-800">{t("review.intro")}</p>
      {draft.fileName ? (
        <p className="text-sm text-slate-700">{t("review.fromFile", { name: draft.fileName })}</p>
      ) : null}
      {draft.consumedAt ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3">
          {t("review.used")}
        </p>
      ) : (
        <ReviewEditor
          draftId={draft.id}
          initial={draft.reviewed}
          directory={directory.map((o) => ({ code: o.code, name: o.name }))}
          highlights={taskHighlights(draft.parsed)}
          warnings={draft.parsed.warnings.map((w) => w.message)}
        />
      )}
    </div>
  );
}

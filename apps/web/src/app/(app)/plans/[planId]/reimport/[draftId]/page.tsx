import { diffPlan, isEmptyDiff, loadExistingPlan, reviewProblems } from "@plan-tracker/plan-import/persist";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplyForm } from "@/features/plan-import/components/apply-form";
import { DiffView } from "@/features/plan-import/components/diff-view";
import { getDraft, loadDirectory } from "@/features/plan-import/data";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { params: Promise<{ planId: string; draftId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planImport"))("reimport.link") };
}

export default async function ReimportDiffPage({ params }: Props) {
  const { planId, draftId } = await params;
  const plan = await prisma.plan.findUnique({
    where: { id: planId },
    select: { id: true, symbol: true, focalOrganizationId: true },
  });
  if (!plan) notFound();
  const actor = await requirePermission("plan.manage", { focalOrganizationId: plan.focalOrganizationId });
  const draft = await getDraft(actor, draftId);
  if (!draft || draft.planId !== plan.id) notFound();
  const t = await getTranslations("planImport");
  const [existing, directory] = await Promise.all([loadExistingPlan(prisma, plan.id), loadDirectory()]);
  if (!existing) notFound();
  const diff = diffPlan(existing, draft.reviewed);
  const orgNames: Record<string, string> = Object.fromEntries([
    ...directory.map((o) => [o.code, o.name]),
    ...draft.reviewed.newOrganizations.map((o) => [o.code, o.name]),
  ]);
  // Problems that creating the proposed organizations would not fix block the re-import.
  const problems = reviewProblems(draft.reviewed, new Set(directory.map((o) => o.code))).filter(
    (p) => p.code !== "UNKNOWN_ORGANIZATION",
  );
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <p className="flex gap-4 text-sm">
        <Link href={`/plans/${plan.id}`} className="text-brand-700 underline">
          {plan.symbol}
        </Link>
        <Link href={`/plans/${plan.id}/reimport`} className="text-brand-700 underline">
          {t("reimport.another")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("reimport.diffTitle", { symbol: plan.symbol })}</h1>
      <p className="text-sm text-slate-700">{t("reimport.rules")}</p>
      {draft.consumedAt ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3">
          {t("review.used")}
        </p>
      ) : isEmptyDiff(diff) ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3">
          {t("reimport.noChanges")}
        </p>
      ) : (
        <>
          <DiffView diff={diff} orgNames={orgNames} />
          {problems.length > 0 ? (
            <section className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
              <h2 className="font-semibold">{t("review.problems", { count: problems.length })}</h2>
              <ul className="list-disc pl-5">
                {problems.map((p) => (
                  <li key={`${p.code}-${p.taskCode ?? ""}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <ApplyForm
            draftId={draft.id}
            newOrganizations={draft.reviewed.newOrganizations.map((o) => o.name)}
            disabled={problems.length > 0}
          />
        </>
      )}
    </div>
  );
}

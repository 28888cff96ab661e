import { formatDate, isAppError } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { maxUploadMb } from "@/features/attachments/limits";
import { CommentThread } from "@/features/comments/components/comment-thread";
import { Verbatim } from "@/features/plans/components/verbatim";
import { Contributions } from "@/features/updates/components/contributions";
import { UpdateEditor } from "@/features/updates/components/update-editor";
import { agencyOrganizationIds, loadUpdateEditor } from "@/features/updates/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = {
  params: Promise<{ periodId: string; taskId: string }>;
  searchParams: Promise<{ item?: string; org?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("update"))("title") };
}

export default async function UpdatePage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { periodId, taskId } = await params;
  const { item, org } = await searchParams;
  const organizationId = org ?? agencyOrganizationIds(actor)[0];
  if (!organizationId) notFound();
  const ids = { periodId, taskId, actionItemId: item ?? null, organizationId };
  const data = await loadUpdateEditor(prisma, actor, ids).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const t = await getTranslations();
  const tNav = await getTranslations("nav");
  const { target, task, actionItem } = data;
  const subjectHref = (itemId: string | null) =>
    `/periods/${periodId}/tasks/${taskId}?org=${organizationId}${itemId ? `&item=${itemId}` : ""}`;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={tNav("breadcrumb")} className="text-sm">
        <Link href={`/my-tasks?org=${organizationId}`} className="text-brand-700 underline">
          ← {t("update.back")}
        </Link>
      </nav>
      <header>
        <p className="text-sm text-slate-700">
          {t("update.period", { period: periodLabel(target.period) })} · {task.plan.symbol} ·{" "}
          {t("myTasks.deadline", { date: formatDate(target.period.agencyDeadline) })}
        </p>
        <h1 className="mt-1 text-2xl font-bold">
          {t("update.title")}:{" "}
          <span className="font-mono text-brand-700">{actionItem?.code ?? task.code}</span>
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>
            {t("update.agency")}: <strong>{target.organization.name}</strong>
          </span>
          <Badge tone={target.role === "lead" ? "info" : "neutral"}>
            {t(target.role === "lead" ? "update.roleLead" : "update.roleCoordinate")}
          </Badge>
          {task.leadOrganization && target.role === "coordinate" ? (
            <span className="text-slate-700">{t("myTasks.leadBy", { org: task.leadOrganization.name })}</span>
          ) : null}
        </p>
      </header>

      <Card aria-labelledby="task-text">
        <h2 id="task-text" className="text-lg font-semibold">
          {actionItem ? t("update.subjectItem", { code: actionItem.code }) : t("update.taskContent")}
        </h2>
        <Verbatim text={actionItem?.content ?? task.content} className="mt-2" />
        {task.actionItems.length ? (
          <nav aria-label={t("update.subjectPicker")} className="mt-4 border-t border-slate-100 pt-3">
            <p className="text-sm font-semibold">{t("update.subjectPicker")}</p>
            <ul className="mt-2 flex flex-wrap gap-2 text-sm">
              <li>
                <Link
                  href={subjectHref(null)}
                  aria-current={actionItem ? undefined : "page"}
                  className="rounded border border-slate-300 px-2 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
                >
                  {t("update.subjectTask")}
                </Link>
              </li>
              {task.actionItems.map((i) => (
                <li key={i.id}>
                  <Link
                    href={subjectHref(i.id)}
                    title={i.content}
                    aria-current={actionItem?.id === i.id ? "page" : undefined}
                    className="rounded border border-slate-300 px-2 py-1 font-mono aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
                  >
                    {i.code}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </Card>

      <Card aria-label={t("update.title")}>
        <UpdateEditor
          key={`${organizationId}:${actionItem?.id ?? "task"}`}
          ids={ids}
          initial={data.update}
          canWrite={data.canWrite}
          recurring={task.kind !== "ONE_OFF"}
          maxUploadMb={maxUploadMb()}
          indicators={task.indicators.map((i) => ({
            id: i.id,
            name: i.name,
            unit: i.unit,
            target: i.target === null ? null : Number(i.target),
            targetYear: i.targetYear,
          }))}
        />
      </Card>

      {target.role === "lead" ? <Contributions items={data.contributions} /> : null}
      {data.update ? <CommentThread target={{ updateId: data.update.id }} /> : null}
    </div>
  );
}

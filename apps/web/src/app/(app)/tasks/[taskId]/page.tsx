import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DirectiveSection } from "@/features/directives/components/directive-section";
import { taskUpdateLinks } from "@/features/my-tasks/task-update-links";
import { PlanStatusBanner } from "@/features/plan-lifecycle/components/plan-status-banner";
import { TaskMeta } from "@/features/plans/components/task-meta";
import { Verbatim } from "@/features/plans/components/verbatim";
import { getTask } from "@/features/plans/data";
import { TaskHistorySection } from "@/features/task-history/components/task-history-section";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { params: Promise<{ taskId: string }>; searchParams: Promise<{ history?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await getTask((await params).taskId);
  return { title: task ? `${task.code} · ${task.plan.symbol}` : undefined };
}

export default async function TaskPage({ params, searchParams }: Props) {
  const actor = await requirePermission("plan.read");
  const task = await getTask((await params).taskId);
  if (!task) notFound();
  const t = await getTranslations("task");
  const tNav = await getTranslations("nav");
  const tMy = await getTranslations("myTasks");
  const updateLinks = await taskUpdateLinks(prisma, actor, { id: task.id, planId: task.plan.id });
  return (
    <article className="flex flex-col gap-6">
      <nav aria-label={tNav("breadcrumb")} className="text-sm">
        <Link href={`/plans/${task.plan.id}#task-${task.code}`} className="text-brand-700 underline">
          ← {t("backToPlan")} {task.plan.symbol}
        </Link>
      </nav>
      <header>
        <p className="text-sm text-slate-700">
          {t("section")} {task.section.code}. {task.section.heading}
        </p>
        <h1 className="mt-1 text-2xl font-bold">
          <span className="mr-2 font-mono text-brand-700">{task.code}</span>
          {task.heading ?? ""}
        </h1>
        {updateLinks.length ? (
          <ul className="mt-3 flex flex-wrap gap-3" aria-label={tMy("openUpdate")}>
            {updateLinks.map((link) => (
              <li key={link.organizationId}>
                <Link
                  href={`/periods/${link.periodId}/tasks/${task.id}?org=${link.organizationId}`}
                  className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  {tMy("openUpdate")}
                  {updateLinks.length > 1 ? ` · ${link.organizationShortName}` : ""}
                  <span className="sr-only">
                    {" "}
                    {task.code} · {tMy(link.role)} · {link.year}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <PlanStatusBanner plan={task.plan} />
      <Card>
        <TaskMeta task={task} />
      </Card>
      <Card aria-labelledby="task-content">
        <h2 id="task-content" className="text-lg font-semibold">
          {t("content")}
        </h2>
        <Verbatim text={task.content} className="mt-2" />
      </Card>
      {task.actionItems.length ? (
        <Card aria-labelledby="task-items">
          <h2 id="task-items" className="text-lg font-semibold">
            {t("actionItems", { count: task.actionItems.length })}
          </h2>
          <ol className="mt-3 flex list-none flex-col gap-2">
            {task.actionItems.map((item) => (
              <li key={item.id} className="flex gap-3 border-t border-slate-100 pt-2 text-sm">
                <span className="w-24 shrink-0 font-mono text-slate-600">{item.code}</span>
                <span>
                  {item.content}
                  {item.timeText ? <em className="ml-2 text-slate-700">({item.timeText})</em> : null}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
      <DirectiveSection actor={actor} planId={task.plan.id} taskId={task.id} />
      <TaskHistorySection
        actor={actor}
        allPeriods={(await searchParams).history === "all"}
        task={{
          id: task.id,
          planId: task.plan.id,
          leadOrganizationId: task.leadOrganization?.id ?? null,
          focalOrganizationId: task.plan.focalOrganizationId,
        }}
      />
    </article>
  );
}

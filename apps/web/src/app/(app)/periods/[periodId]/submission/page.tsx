import { daysUntil, formatDate, formatDateTime, isAppError } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CommentThread } from "@/features/comments/components/comment-thread";
import { SubmissionStateBadge } from "@/features/submissions/components/state-badge";
import { SubmissionContentView } from "@/features/submissions/components/submission-content";
import { SubmissionForm } from "@/features/submissions/components/submission-form";
import { SubmissionTimeline } from "@/features/submissions/components/submission-timeline";
import { SuccessNotice } from "@/features/submissions/components/success-notice";
import { loadAgencySubmission, reportingAgencies } from "@/features/submissions/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<{ org?: string | string[]; done?: string | string[]; seq?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("submission"))("title") };
}

/** Báo cáo của cơ quan: the agency's staff and approver review its updates and submit them. */
export default async function AgencySubmissionPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { periodId } = await params;
  const query = await searchParams;
  const requested = query.org;
  const agencies = reportingAgencies(actor);
  const organizationId = typeof requested === "string" ? requested : agencies[0]?.id;
  // Only the agencies one reports for: another agency's report is answered as not found.
  if (!organizationId || !agencies.some((a) => a.id === organizationId)) notFound();
  const view = await loadAgencySubmission(prisma, actor, periodId, organizationId).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const t = await getTranslations("submission");
  const { period, organization, submission, content, state } = view;
  const carried = content.updates.filter((u) => u.carriedFrom).length;
  const days = daysUntil(period.agencyDeadline, new Date());
  const sent = state === "SUBMITTED" || state === "ACCEPTED";
  // Set by the submit action's redirect; shown only while it is still true.
  const done = sent && (query.done === "submitted" || query.done === "unchanged") ? query.done : null;
  const doneSequence = typeof query.seq === "string" && /^\d{1,6}$/.test(query.seq) ? Number(query.seq) : 1;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          {t("period", { plan: period.plan.symbol, period: periodLabel(period) })}
        </p>
        <h1 className="text-2xl font-bold">{t("titleWithOrg", { org: organization.name })}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800">
          <span className="flex items-center gap-2">
            {t("state")}: <SubmissionStateBadge state={state} label={t(`states.${state}`)} />
          </span>
          <span>
            {t("deadline", { date: formatDate(period.agencyDeadline) })}
            {sent ? null : (
              <strong className={days < 0 ? "ml-1 text-red-800" : "ml-1"}>
                ({days < 0 ? t("overdue", { days: -days }) : t("daysLeft", { days })})
              </strong>
            )}
          </span>
          <span>{t("focal", { focal: period.plan.focalOrganization.name })}</span>
        </div>
      </header>

      {done ? (
        <SuccessNotice>
          {t(done === "submitted" ? "cover.submitted" : "cover.unchanged", { sequence: doneSequence })}
        </SuccessNotice>
      ) : null}

      {view.canEdit ? (
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800">
          <span>
            {t("overview", { updates: content.updates.length, missing: content.missingTasks.length })}
          </span>
          {carried > 0 ? (
            <span className="font-semibold text-amber-900" data-testid="carried-count">
              {t("carriedOverview", { count: carried })}
            </span>
          ) : null}
          <a href="#cover-title" className="font-semibold text-brand-700 underline">
            {t(view.canSubmit ? "jumpToSubmit" : "jumpToCover")} ↓
          </a>
        </p>
      ) : null}

      {agencies.length > 1 ? (
        <nav aria-label={t("chooseAgency")}>
          <ul className="flex flex-wrap gap-2">
            {agencies.map((agency) => (
              <li key={agency.id}>
                <Link
                  href={`/periods/${periodId}/submission?org=${agency.id}`}
                  aria-current={agency.id === organizationId ? "page" : undefined}
                  className={
                    agency.id === organizationId
                      ? "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white"
                      : "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
                  }
                >
                  {agency.shortName}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {state === "RETURNED" && submission ? (
        <section
          aria-labelledby="returned-title"
          className="flex flex-col gap-2 rounded-lg border-2 border-red-300 bg-red-50 p-5"
        >
          <h2 id="returned-title" className="text-lg font-bold text-red-900">
            {t("returned.title")}
          </h2>
          {submission.reviewedAt ? (
            <p className="text-sm text-red-900">
              {t("returned.by", {
                name: submission.reviewedByName ?? "—",
                time: formatDateTime(submission.reviewedAt),
              })}
            </p>
          ) : null}
          <p className="text-sm font-semibold text-slate-900">{t("returned.reason")}</p>
          <blockquote className="border-l-4 border-red-400 bg-white p-3 whitespace-pre-line text-slate-900">
            {submission.returnReason}
          </blockquote>
          <p className="text-sm text-slate-900">{t("returned.help")}</p>
        </section>
      ) : null}

      {sent && submission ? (
        <div
          role="note"
          className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900"
        >
          <p>
            {state === "ACCEPTED" && submission.reviewedAt
              ? t("sent.ACCEPTED", { time: formatDateTime(submission.reviewedAt) })
              : t("sent.SUBMITTED", {
                  time: submission.submittedAt ? formatDateTime(submission.submittedAt) : "—",
                  name: submission.submittedByName ?? "—",
                })}
          </p>
          {view.showingSnapshot ? (
            <p className="mt-1">
              {t("sent.snapshot", { sequence: view.showingSnapshot.sequence })}{" "}
              {view.showingSnapshot.intact ? t("integrity.ok") : <strong>{t("integrity.broken")}</strong>}
            </p>
          ) : null}
        </div>
      ) : null}
      {!sent && !view.canEdit ? (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          {t("closed")}
        </p>
      ) : null}

      {view.canEdit ? null : (
        <Card aria-labelledby="cover-title" className="flex flex-col gap-3">
          <h2 id="cover-title" className="text-lg font-semibold">
            {t("cover.title")}
          </h2>
          <p className="whitespace-pre-line text-slate-900">{content.coverSummary || t("cover.empty")}</p>
        </Card>
      )}

      <SubmissionContentView
        content={content}
        mode={sent ? "full" : "excerpt"}
        editor={view.canEdit ? { periodId: period.id, organizationId: organization.id } : undefined}
      />

      {view.canEdit ? (
        <Card aria-labelledby="cover-title" className="flex scroll-mt-4 flex-col gap-3">
          <h2 id="cover-title" className="text-lg font-semibold">
            {t(view.canSubmit ? "cover.titleSubmit" : "cover.title")}
          </h2>
          <SubmissionForm
            periodId={period.id}
            organizationId={organization.id}
            coverSummary={submission?.coverSummary ?? ""}
            coverBase={view.coverBase}
            reviewedDigest={view.reviewedDigest}
            canSubmit={view.canSubmit}
            focalName={period.plan.focalOrganization.name}
            updateCount={content.updates.length}
            missingCount={content.missingTasks.length}
          />
        </Card>
      ) : null}

      <SubmissionTimeline entries={view.timeline} headingId="timeline-title" />

      {submission ? <CommentThread target={{ submissionId: submission.id }} /> : null}
    </div>
  );
}

import { can, formatDate, formatDateTime, isAppError } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CommentThread } from "@/features/comments/components/comment-thread";
import { ReviewPanel } from "@/features/submission-review/components/review-panel";
import { loadSubmissionForReview } from "@/features/submission-review/data";
import { SubmissionStateBadge } from "@/features/submissions/components/state-badge";
import { SubmissionContentView } from "@/features/submissions/components/submission-content";
import { SubmissionTimeline } from "@/features/submissions/components/submission-timeline";
import { SuccessNotice } from "@/features/submissions/components/success-notice";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = {
  params: Promise<{ periodId: string; organizationId: string }>;
  searchParams: Promise<{ seq?: string | string[]; done?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("submission"))("title") };
}

/** One agency's report as sent: the compiler reads it, returns it with a reason or accepts it. */
export default async function SubmissionReviewPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { periodId, organizationId } = await params;
  const query = await searchParams;
  const seq = query.seq;
  const sequence = typeof seq === "string" && /^[1-9]\d{0,5}$/.test(seq) ? Number(seq) : undefined;
  const view = await loadSubmissionForReview(prisma, actor, periodId, organizationId, sequence).catch(
    (error: unknown) => {
      // A draft, another agency's report, or nothing at all: the same answer, so ids cannot be probed.
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
      throw error;
    },
  );
  const t = await getTranslations("review");
  const tSubmission = await getTranslations("submission");
  const { period, organization, submission, shown } = view;
  const canList = can(actor, "submission.list", { focalOrganizationId: period.plan.focalOrganizationId });
  const periodOpen = period.state === "OPEN" || period.state === "COMPILING";
  // Set by the decision's redirect; shown only while it still holds.
  const done =
    (query.done === "returned" && submission.state === "RETURNED") ||
    (query.done === "accepted" && submission.state === "ACCEPTED")
      ? query.done
      : null;
  const deciding =
    submission.state === "SUBMITTED" && shown?.latest && (view.canReview || (!periodOpen && canList));

  return (
    <div className="flex flex-col gap-6">
      {canList ? (
        <nav aria-label="breadcrumb" className="text-sm">
          <Link href={`/periods/${periodId}/submissions`} className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        </nav>
      ) : null}
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          {tSubmission("period", { plan: period.plan.symbol, period: periodLabel(period) })}
        </p>
        <h1 className="text-2xl font-bold">{t("detailTitle", { org: organization.name })}</h1>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800">
          <span className="flex items-center gap-2">
            {tSubmission("state")}:{" "}
            <SubmissionStateBadge
              state={submission.state}
              label={tSubmission(`states.${submission.state}`)}
            />
          </span>
          {shown ? (
            <span>
              {t("sentBy", {
                time: formatDateTime(shown.summary.submittedAt),
                name: shown.summary.submittedByName ?? "—",
                sequence: shown.summary.sequence,
              })}
            </span>
          ) : null}
        </div>
      </header>

      {done ? <SuccessNotice>{t(`decision.${done}`)}</SuccessNotice> : null}

      {deciding && view.canReview ? (
        <p className="text-sm">
          <a href="#decision-title" className="font-semibold text-brand-700 underline">
            {t("jumpToDecision")} ↓
          </a>
        </p>
      ) : null}

      {view.snapshots.length > 1 ? (
        <nav aria-label={t("versions")} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold text-slate-800">{t("versions")}:</span>
          <ul className="flex flex-wrap gap-2">
            {view.snapshots.map((s) => {
              const current = s.sequence === shown?.summary.sequence;
              return (
                <li key={s.sequence}>
                  <Link
                    href={`/periods/${periodId}/submissions/${organizationId}?seq=${s.sequence}`}
                    aria-current={current ? "page" : undefined}
                    className={
                      current
                        ? "rounded-md bg-brand-700 px-3 py-1 font-semibold text-white"
                        : "rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:bg-slate-100"
                    }
                  >
                    {t("version", { sequence: s.sequence, date: formatDate(s.submittedAt) })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}

      {shown && !shown.latest ? (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          {t("viewingOld", { sequence: shown.summary.sequence })}
        </p>
      ) : null}

      {submission.state === "RETURNED" && submission.returnReason ? (
        <section
          aria-labelledby="returned-title"
          className="flex flex-col gap-2 rounded-lg border-2 border-red-300 bg-red-50 p-5"
        >
          <h2 id="returned-title" className="text-lg font-bold text-red-900">
            {tSubmission("returned.title")}
          </h2>
          {submission.reviewedAt ? (
            <p className="text-sm text-red-900">
              {tSubmission("returned.by", {
                name: submission.reviewedByName ?? "—",
                time: formatDateTime(submission.reviewedAt),
              })}
            </p>
          ) : null}
          <blockquote className="border-l-4 border-red-400 bg-white p-3 whitespace-pre-line text-slate-900">
            {submission.returnReason}
          </blockquote>
        </section>
      ) : null}

      {shown ? (
        <>
          <p
            role="note"
            className={
              shown.intact
                ? "rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900"
                : "rounded-lg border-2 border-red-400 bg-red-50 p-3 text-sm font-semibold text-red-900"
            }
          >
            {shown.intact ? tSubmission("integrity.ok") : tSubmission("integrity.broken")}
          </p>
          <Card aria-labelledby="cover-title" className="flex flex-col gap-2">
            <h2 id="cover-title" className="text-lg font-semibold">
              {tSubmission("cover.title")}
            </h2>
            <p className="whitespace-pre-line text-slate-900">
              {shown.content.coverSummary || tSubmission("cover.empty")}
            </p>
          </Card>
          <SubmissionContentView content={shown.content} mode="full" />
        </>
      ) : (
        <p className="text-slate-700">{t("noSnapshot")}</p>
      )}

      {deciding && shown ? (
        <Card aria-labelledby="decision-title" className="flex scroll-mt-4 flex-col gap-3">
          <h2 id="decision-title" className="text-lg font-semibold">
            {t("decision.title")}
          </h2>
          {view.canReview ? (
            <ReviewPanel
              periodId={period.id}
              organizationId={organization.id}
              organizationName={organization.name}
              sequence={shown.summary.sequence}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("decision.closed")}</p>
          )}
        </Card>
      ) : null}

      <SubmissionTimeline entries={view.timeline} headingId="timeline-title" />

      <CommentThread target={{ submissionId: submission.id }} />
    </div>
  );
}

import { formatDateTime, isAppError } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";
import { listComments } from "../data";
import { type CommentTargetRef, targetKindOf } from "../schema";
import { CommentForm } from "./comment-form";

/**
 * The comment thread (Ý kiến) of an update, a submission or a task, with the form to add one for those
 * the policy allows. Renders nothing for someone who may not read the target. Place it anywhere:
 *   <CommentThread target={{ updateId }} />
 * The section carries id="comments" (notifications link to it) unless `id` says otherwise.
 */
export async function CommentThread({
  target,
  id = "comments",
  className,
}: {
  target: CommentTargetRef;
  id?: string;
  className?: string;
}) {
  const actor = await requireActor();
  const thread = await listComments(prisma, actor, target).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return null;
    throw error;
  });
  if (!thread) return null;
  const t = await getTranslations("comments");
  const { kind, id: targetId } = targetKindOf(target);
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={
        className ??
        "flex scroll-mt-4 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      }
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title", { count: thread.comments.length })}
      </h2>
      {thread.comments.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol aria-label={t("list")} className="flex flex-col gap-3">
          {thread.comments.map((comment) => (
            <li
              key={comment.id}
              className={
                comment.fromAgency
                  ? "rounded-md border border-slate-200 bg-slate-50 p-3"
                  : "rounded-md border border-brand-100 bg-brand-50 p-3"
              }
            >
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold text-slate-900">{comment.author.name}</span>
                {comment.authorOrganization ? (
                  <span className="text-slate-700">· {comment.authorOrganization}</span>
                ) : null}
                <span className="text-slate-700">
                  ·{" "}
                  <time dateTime={comment.createdAt.toISOString()}>
                    {t("at", { time: formatDateTime(comment.createdAt) })}
                  </time>
                </span>
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900 wrap-anywhere">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.canComment ? (
        <CommentForm targetKind={kind} targetId={targetId} />
      ) : (
        <p className="text-sm text-slate-700">{t("readOnly")}</p>
      )}
    </section>
  );
}

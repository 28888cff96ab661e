import { can, formatDate, formatDateTime } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { SessionActor } from "@/server/session";
import type { DirectiveRow } from "../data";
import { AnswerForm, CloseDirectiveButton } from "./answer-form";

const tone = { OPEN: "warning", ANSWERED: "info", CLOSED: "neutral" } as const;

/** Directives with their answers; the agency answers an open one, a leader closes one not yet closed. */
export async function DirectiveList({
  directives,
  actor,
  showTask = false,
}: {
  directives: DirectiveRow[];
  actor: SessionActor;
  showTask?: boolean;
}) {
  const t = await getTranslations("directives");
  if (directives.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {directives.map((d) => {
        const canAnswer =
          d.state === "OPEN" &&
          d.organizationId !== null &&
          can(actor, "directive.answer", { targetOrganizationId: d.organizationId });
        const canClose = d.state !== "CLOSED" && can(actor, "directive.close");
        return (
          <li key={d.id} className="rounded-md border border-slate-200 bg-white p-3" data-testid="directive">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={tone[d.state]}>{t(`states.${d.state}`)}</Badge>
              {showTask && d.task && d.taskId ? (
                <Link
                  href={`/tasks/${d.taskId}#directives`}
                  className="font-mono font-semibold text-brand-700 underline"
                >
                  {t("task", { code: d.task.code })}
                </Link>
              ) : null}
              <span className="text-slate-700">→ {d.organization?.shortName}</span>
              <span className="text-slate-700">
                · {t("by", { name: d.author.name, date: formatDateTime(d.createdAt) })}
              </span>
              {d.dueDate ? (
                <span className="font-semibold text-slate-800">
                  · {t("due", { date: formatDate(d.dueDate) })}
                </span>
              ) : null}
            </div>
            <p className="mt-2 whitespace-pre-line">{d.body}</p>
            {d.response ? (
              <div className="mt-2 border-l-4 border-brand-600 bg-brand-50 p-2 text-sm">
                <p className="font-semibold">
                  {t("responseBy", {
                    name: d.respondedBy?.name ?? "",
                    date: d.respondedAt ? formatDateTime(d.respondedAt) : "",
                  })}
                </p>
                <p className="mt-1 whitespace-pre-line">{d.response}</p>
              </div>
            ) : null}
            {canAnswer ? <AnswerForm directiveId={d.id} /> : null}
            {canClose ? <CloseDirectiveButton directiveId={d.id} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

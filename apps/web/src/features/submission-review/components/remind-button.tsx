"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type RemindState, remindAction } from "../actions";

/** Reminds one agency (or every agency not sent, without organizationId) and says what was sent. */
export function RemindButton({
  periodId,
  organizationId,
  organizationName,
}: {
  periodId: string;
  organizationId?: string;
  organizationName?: string;
}) {
  const t = useTranslations("review.remind");
  const tErrors = useTranslations("errors");
  const [state, run, pending] = useActionState<RemindState, FormData>(remindAction, { status: "idle" });
  const message =
    state.status === "done"
      ? state.reminded > 0
        ? t("done", { count: state.reminded, emails: state.emails })
        : t("alreadyToday")
      : state.status === "error"
        ? state.reason === "nothingToRemind" || state.reason === "periodNotOpen"
          ? t(state.reason)
          : tErrors(state.error)
        : null;
  return (
    <form action={run} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="periodId" value={periodId} />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="px-3 py-1"
        aria-label={organizationName ? t("oneLabel", { org: organizationName }) : undefined}
      >
        {pending ? t("pending") : organizationId ? t("one") : t("all")}
      </Button>
      {message ? (
        <span
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "text-xs text-red-800" : "text-xs text-emerald-800"}
        >
          {message}
        </span>
      ) : null}
    </form>
  );
}

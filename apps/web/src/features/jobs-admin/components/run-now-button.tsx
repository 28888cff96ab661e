"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type RunJobState, runJobNowAction } from "../actions";

export function RunNowButton({ queue, label }: { queue: string; label: string }) {
  const t = useTranslations("jobsAdmin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<RunJobState, FormData>(runJobNowAction, { status: "idle" });
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="queue" value={queue} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <p role="status" className="text-sm">
        {state.status === "queued" ? t("queued") : null}
        {state.status === "noWorker" ? t("noWorker") : null}
        {state.status === "error" ? <span className="text-red-700">{te(state.error)}</span> : null}
      </p>
    </form>
  );
}

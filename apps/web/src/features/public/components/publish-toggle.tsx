"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type PublishState, setPlanPublicAction } from "../actions";

/** The administrator's switch for a plan's public page, on the plan page. */
export function PublishToggle({ planId, isPublic }: { planId: string; isPublic: boolean }) {
  const t = useTranslations("public");
  const tErrors = useTranslations("errors");
  const [state, dispatch, pending] = useActionState<PublishState, FormData>(setPlanPublicAction, {
    status: "idle",
  });
  const current = state.status === "done" ? state.isPublic : isPublic;
  return (
    <section
      aria-labelledby="publish-title"
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="publish-title" className="font-semibold">
        {t("adminTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{current ? t("adminIsPublic") : t("adminIsPrivate")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("adminHelp")}</p>
      <form
        className="mt-3 flex flex-wrap items-center gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => dispatch(data));
        }}
      >
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="isPublic" value={current ? "false" : "true"} />
        <Button type="submit" variant={current ? "secondary" : "primary"} disabled={pending}>
          {current ? t("unpublish") : t("publish")}
        </Button>
        {current ? (
          <Link href={`/public/plans/${planId}`} className="text-sm font-semibold text-brand-700 underline">
            {t("openPublic")}
          </Link>
        ) : null}
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.status === "done" ? (state.isPublic ? t("published") : t("unpublished")) : null}
        {state.status === "error" ? (
          <span role="alert" className="text-red-700">
            {tErrors(state.error)}
          </span>
        ) : null}
      </div>
    </section>
  );
}

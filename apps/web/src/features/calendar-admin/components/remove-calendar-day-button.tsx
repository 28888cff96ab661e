"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type RemoveCalendarDayState, removeCalendarDayAction } from "../actions";

/** Removes one added day; a refusal is said beside the button (the row stays). */
export function RemoveCalendarDayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations("calendarAdmin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<RemoveCalendarDayState, FormData>(removeCalendarDayAction, {
    status: "idle",
  });
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="date" value={date} />
      <button
        type="submit"
        disabled={pending}
        className="text-sm font-semibold text-red-700 underline"
        aria-label={label}
      >
        {t("remove")}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {te(state.error)}
        </span>
      ) : null}
    </form>
  );
}

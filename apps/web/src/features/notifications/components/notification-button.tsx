"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  type NotificationActionState,
  openNotificationAction,
} from "../actions";

const ACTIONS = {
  open: openNotificationAction,
  markRead: markNotificationReadAction,
  markAllRead: markAllNotificationsReadAction,
};

/**
 * One of the notification list's buttons, a form so it works without JavaScript; a refusal (someone
 * else's or a deleted notification, an expired session) is said beside it.
 */
export function NotificationButton({
  action,
  notificationId,
  label,
  ariaLabel,
  variant,
}: {
  action: keyof typeof ACTIONS;
  notificationId?: string;
  label: string;
  ariaLabel?: string;
  variant: "primary" | "secondary";
}) {
  const tErrors = useTranslations("errors");
  const [state, dispatch, pending] = useActionState<NotificationActionState, FormData>(ACTIONS[action], {
    status: "idle",
  });
  return (
    <form action={dispatch} className="inline-flex flex-wrap items-center gap-2">
      {notificationId ? <input type="hidden" name="notificationId" value={notificationId} /> : null}
      <button
        type="submit"
        disabled={pending}
        aria-label={ariaLabel}
        className={buttonClass(variant, "px-3 py-1.5")}
      >
        {label}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {tErrors(state.error)}
        </span>
      ) : null}
    </form>
  );
}

import { formatDateTime } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { NotificationItem } from "../data";
import { NotificationButton } from "./notification-button";

/** Newest first; unread ones marked. Forms, so opening and marking read work without JavaScript. */
export async function NotificationList({ items }: { items: NotificationItem[] }) {
  const t = await getTranslations("notifications");
  return (
    <ul aria-label={t("list")} className="flex flex-col gap-2">
      {items.map((n) => {
        const unread = n.readAt === null;
        return (
          <li
            key={n.id}
            className={
              unread
                ? "flex flex-col gap-2 rounded-lg border-l-4 border-brand-600 border-y border-r border-y-slate-200 border-r-slate-200 bg-brand-50 p-4 sm:flex-row sm:items-start"
                : "flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start"
            }
          >
            <div className="flex flex-1 flex-col gap-1">
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                {unread ? (
                  <Badge tone="info">{t("unread")}</Badge>
                ) : (
                  <span className="sr-only">{t("read")}</span>
                )}
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
              </p>
              <p className={unread ? "font-bold text-slate-900" : "font-medium text-slate-900"}>{n.title}</p>
              {n.body ? (
                <p className="text-sm whitespace-pre-line text-slate-800 wrap-anywhere">{n.body}</p>
              ) : null}
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              {n.link ? (
                <NotificationButton
                  action="open"
                  notificationId={n.id}
                  label={t("open")}
                  ariaLabel={t("openLabel", { title: n.title })}
                  variant="primary"
                />
              ) : null}
              {unread ? (
                <NotificationButton
                  action="markRead"
                  notificationId={n.id}
                  label={t("markRead")}
                  ariaLabel={t("markReadLabel", { title: n.title })}
                  variant="secondary"
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

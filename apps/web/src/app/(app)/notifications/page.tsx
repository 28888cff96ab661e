import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationButton } from "@/features/notifications/components/notification-button";
import { NotificationList } from "@/features/notifications/components/notification-list";
import { listNotifications } from "@/features/notifications/data";
import { notificationsPageSchema } from "@/features/notifications/schema";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The signed-in user's own notifications (nobody else's: the list is read by the session's user id). */
export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const page = notificationsPageSchema.parse((await searchParams).page);
  const t = await getTranslations("notifications");
  const list = await listNotifications(prisma, actor.userId, page);
  const pageHref = (n: number) => (n === 1 ? "/notifications" : `/notifications?page=${n}`);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <p role="status" className="text-sm font-semibold text-slate-800">
            {t("unreadSummary", { count: list.unread })}
          </p>
          {list.unread > 0 ? (
            <NotificationButton action="markAllRead" label={t("markAllRead")} variant="secondary" />
          ) : null}
        </div>
      </header>
      {list.items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <NotificationList items={list.items} />
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={pageHref(list.page - 1)} className="font-semibold text-brand-700 underline">
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-700">{t("page", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={pageHref(list.page + 1)} className="font-semibold text-brand-700 underline">
              {t("next")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

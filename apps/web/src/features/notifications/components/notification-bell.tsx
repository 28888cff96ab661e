import { Bell } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/server/db";
import { unreadNotificationCount } from "../data";

/** The header's link to /notifications, with the unread count in its accessible name. */
export async function NotificationBell({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  const unread = await unreadNotificationCount(prisma, userId);
  return (
    <Link
      href="/notifications"
      aria-label={t("bellUnread", { count: unread })}
      className="relative inline-flex items-center rounded-md border border-slate-300 bg-white p-1.5 text-slate-800 hover:bg-slate-100"
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

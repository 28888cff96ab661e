import { can } from "@plan-tracker/core";
import { REMINDER_KINDS, reminderKindLabel } from "@plan-tracker/jobs/reminders/kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmailChoicesForm } from "@/features/notification-settings/components/email-choices-form";
import { loadEmailChoices } from "@/features/notification-settings/preferences";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationSettings"))("title") };
}

/** Each user chooses which scheduled reminders also reach them by email; in-app they always arrive. */
export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "notification.manage", { recipientUserId: actor.userId })) notFound();
  const [t, locale, choices] = await Promise.all([
    getTranslations("notificationSettings"),
    getLocale(),
    loadEmailChoices(prisma, actor),
  ]);
  const lang = locale === "en" ? "en" : "vi";
  const rows = REMINDER_KINDS.map((kind) => ({
    kind,
    label: reminderKindLabel[kind][lang],
    email: choices[kind],
  }));
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p>
          <Link href="/notifications" className="text-sm font-semibold text-brand-700 underline">
            {t("inbox")}
          </Link>
        </p>
      </header>
      <Card aria-labelledby="email-choices-title" className="flex flex-col gap-4">
        <h2 id="email-choices-title" className="text-lg font-semibold">
          {t("emailTitle")}
        </h2>
        <EmailChoicesForm rows={rows} />
      </Card>
    </div>
  );
}

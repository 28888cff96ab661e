import { AppError, can, formatDateTime } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { loadOutboxEmail } from "@/features/outbox/data";
import { outboxIdSchema } from "@/features/outbox/schema";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = { params: Promise<{ emailId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("emailTitle") };
}

/**
 * One queued email. The HTML is shown in a sandboxed frame (no scripts, no same-origin, no navigation):
 * it is our own template, but it carries names typed by users.
 */
export default async function OutboxEmailPage({ params }: Props) {
  const actor = await requireActor();
  if (!can(actor, "settings.manage")) notFound();
  const id = outboxIdSchema.safeParse((await params).emailId);
  if (!id.success) notFound();
  const t = await getTranslations("outbox");
  const email = await loadOutboxEmail(prisma, actor, id.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/outbox" className="text-sm font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold break-words">{email.subject}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("to")}</dt>
          <dd className="break-all">{email.to}</dd>
          <dt className="font-semibold">{t("createdAt")}</dt>
          <dd>{formatDateTime(email.createdAt)}</dd>
          <dt className="font-semibold">{t("status")}</dt>
          <dd>
            {email.sentAt
              ? t("sentAt", { at: formatDateTime(email.sentAt) })
              : email.lastError
                ? t("failing", { attempts: email.attempts })
                : t("unsent")}
          </dd>
          {email.lastError ? (
            <>
              <dt className="font-semibold">{t("lastError")}</dt>
              <dd className="break-words text-red-700">{email.lastError}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <Card aria-labelledby="email-html-title" className="flex flex-col gap-3">
        <h2 id="email-html-title" className="text-lg font-semibold">
          {t("html")}
        </h2>
        <iframe
          title={t("htmlFrame")}
          sandbox=""
          srcDoc={email.html}
          referrerPolicy="no-referrer"
          className="h-96 w-full rounded border border-slate-200 bg-white"
        />
      </Card>
      <Card aria-labelledby="email-text-title" className="flex flex-col gap-3">
        <h2 id="email-text-title" className="text-lg font-semibold">
          {t("text")}
        </h2>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{email.text}</pre>
      </Card>
    </div>
  );
}

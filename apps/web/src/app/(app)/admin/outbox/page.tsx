import { can, formatDateTime } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listOutbox } from "@/features/outbox/data";
import { outboxPageSchema } from "@/features/outbox/schema";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

/** The administrator's outbox: every email the application queued, sent or not. */
export default async function OutboxPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "settings.manage")) notFound();
  const t = await getTranslations("outbox");
  const view = await listOutbox(prisma, actor, outboxPageSchema.parse((await searchParams).page));
  const smtp = Boolean(process.env.SMTP_URL?.trim() || process.env.SMTP_HOST?.trim());
  const pageHref = (n: number) => (n === 1 ? "/admin/outbox" : `/admin/outbox?page=${n}`);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{smtp ? t("introSmtp") : t("introNoSmtp")}</p>
        <p role="status" className="text-sm font-semibold text-slate-800">
          {t("summary", { total: view.total, unsent: view.unsent, failing: view.failing })}
        </p>
      </header>
      {view.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("to")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("createdAt")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2">
                    <Link href={`/admin/outbox/${row.id}`} className="font-semibold text-brand-700 underline">
                      {row.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2 break-all">{row.to}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                  <td className="px-3 py-2">
                    {row.sentAt
                      ? t("sentAt", { at: formatDateTime(row.sentAt) })
                      : row.lastError
                        ? t("failing", { attempts: row.attempts })
                        : t("unsent")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between gap-3 text-sm">
          {view.page > 1 ? (
            <Link href={pageHref(view.page - 1)} className="font-semibold text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span>{t("pageOf", { page: view.page, count: view.pageCount })}</span>
          {view.page < view.pageCount ? (
            <Link href={pageHref(view.page + 1)} className="font-semibold text-brand-700 underline">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

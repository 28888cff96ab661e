import { can } from "@plan-tracker/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuditFilterForm } from "@/features/audit-log/components/audit-filter-form";
import { AuditTable } from "@/features/audit-log/components/audit-table";
import { listAuditEvents, loadAuditFilterChoices } from "@/features/audit-log/data";
import { auditCursorSchema, auditFilterQuery, parseAuditFilter } from "@/features/audit-log/schema";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** The administrator's audit log: every recorded change, filtered by the URL, newest first. */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "audit.read")) notFound();
  const t = await getTranslations("auditLog");
  const params = await searchParams;
  const { filter, errors } = parseAuditFilter(params);
  const after = auditCursorSchema.parse(params.after);
  const before = auditCursorSchema.parse(params.before);
  const [page, choices] = await Promise.all([
    listAuditEvents(prisma, actor, filter, { after, before }),
    loadAuditFilterChoices(prisma, actor),
  ]);
  const label = (field: string) =>
    ["actor", "org", "entityType", "entityId", "action", "from", "to"].includes(field)
      ? t(field as never)
      : field;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {errors.length > 0 ? (
        <Alert variant="warning" size="base">
          <p className="font-semibold">{t("invalid")}</p>
          <ul className="list-disc pl-5">
            {errors.map((error) => (
              <li key={`${error.field}-${error.message}`}>
                {label(error.field)}: {error.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <AuditFilterForm filter={filter} choices={choices} />
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <a
          href={`/admin/audit/export.csv${auditFilterQuery(filter)}`}
          className={buttonClass("secondary")}
          download
        >
          {t("export")}
        </a>
        <span className="text-slate-700">{t("exportHint")}</span>
      </p>
      {page.rows.length === 0 ? (
        <p role="status" className="text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <>
          <p role="status" className="text-sm text-slate-700">
            {t("shown", { count: page.rows.length })}
          </p>
          <AuditTable rows={page.rows} />
        </>
      )}
      {page.newer !== null || page.older !== null ? (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <span className="flex gap-4">
            {page.newer !== null ? (
              <>
                <Link
                  href={`/admin/audit${auditFilterQuery(filter)}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {t("first")}
                </Link>
                <Link
                  href={`/admin/audit${auditFilterQuery(filter, { before: page.newer.toString() })}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {t("newer")}
                </Link>
              </>
            ) : null}
          </span>
          {page.older !== null ? (
            <Link
              href={`/admin/audit${auditFilterQuery(filter, { after: page.older.toString() })}`}
              className="font-semibold text-brand-700 underline"
            >
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CreateUserForm } from "@/features/users-admin/components/create-user-form";
import { UserFiltersForm } from "@/features/users-admin/components/user-filters";
import { UserTable } from "@/features/users-admin/components/user-table";
import { listUsers } from "@/features/users-admin/data";
import { type UserFilters, userFiltersSchema } from "@/features/users-admin/schema";
import { prisma } from "@/server/db";
import { requirePermission } from "@/server/guard";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("usersAdmin"))("title") };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function hrefFor(filters: UserFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.org) params.set("org", filters.org);
  if (filters.role) params.set("role", filters.role);
  if (filters.status !== "all") params.set("status", filters.status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/users?${query}` : "/admin/users";
}

/** The administrator's users: find, lock and unlock, send a reset link, create an account. */
export default async function UsersAdminPage({ searchParams }: Props) {
  const actor = await requirePermission("user.manage");
  const raw = await searchParams;
  const filters = userFiltersSchema.parse({
    q: first(raw.q),
    org: first(raw.org),
    role: first(raw.role) || undefined,
    status: first(raw.status),
    page: first(raw.page),
  });
  const t = await getTranslations("usersAdmin");
  const view = await listUsers(prisma, actor, filters);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <UserFiltersForm filters={filters} organizations={view.organizations} />
      <section aria-labelledby="users-list-title" className="flex flex-col gap-3">
        <h2 id="users-list-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <p role="status" className="text-sm font-semibold text-slate-800">
          {t("count", { total: view.total })}
        </p>
        {view.rows.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <UserTable rows={view.rows} actorId={actor.userId} />
        )}
        {view.pageCount > 1 ? (
          <nav aria-label={t("pages")} className="flex items-center justify-between gap-3 text-sm">
            {view.page > 1 ? (
              <Link href={hrefFor(filters, view.page - 1)} className="font-semibold text-brand-700 underline">
                {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span>{t("pageOf", { page: view.page, count: view.pageCount })}</span>
            {view.page < view.pageCount ? (
              <Link href={hrefFor(filters, view.page + 1)} className="font-semibold text-brand-700 underline">
                {t("next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
      <Card aria-labelledby="create-user-title" className="flex flex-col gap-4">
        <h2 id="create-user-title" className="text-lg font-semibold">
          {t("createTitle")}
        </h2>
        <CreateUserForm organizations={view.organizations.filter((o) => o.current)} />
      </Card>
    </div>
  );
}

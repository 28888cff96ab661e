import { can } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/features/auth/actions";
import { LocaleSwitch } from "@/features/locale/components/locale-switch";
import { NotificationBell } from "@/features/notifications/components/notification-bell";
import type { SessionActor } from "@/server/session";

export async function AppHeader({ actor }: { actor: SessionActor }) {
  const t = await getTranslations();
  const links = [
    { href: "/", label: t("nav.home") },
    ...(actor.memberships.some((m) => m.role === "STAFF" || m.role === "APPROVER")
      ? [{ href: "/my-tasks", label: t("nav.myTasks") }]
      : []),
    ...(can(actor, "dashboard.read") ? [{ href: "/dashboard", label: t("dashboard.nav") }] : []),
    { href: "/plans", label: t("nav.plans") },
    { href: "/search", label: t("nav.search") },
    { href: "/organizations", label: t("nav.organizations") },
    { href: "/settings/tokens", label: t("nav.tokens") },
    { href: "/settings/notifications", label: t("notificationSettings.nav") },
    { href: "/settings/password", label: t("accounts.nav") },
    ...(can(actor, "user.manage") ? [{ href: "/admin/users", label: t("usersAdmin.nav") }] : []),
    ...(can(actor, "settings.manage") ? [{ href: "/admin/jobs", label: t("jobsAdmin.nav") }] : []),
    ...(can(actor, "audit.read") ? [{ href: "/admin/audit", label: t("auditLog.nav") }] : []),
  ];
  const firstMembership = actor.memberships[0];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          {t("app.name")}
        </Link>
        {/* Wraps rather than scrolls: an administrator's links do not fit one line, and a link scrolled
            out of sight is one nobody finds. */}
        <nav aria-label={t("nav.label")} className="order-last w-full">
          <ul className="flex flex-wrap gap-1 whitespace-nowrap">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          <p className="hidden text-right text-sm leading-tight sm:block">
            <span className="block font-semibold text-slate-900">{actor.name}</span>
            {firstMembership ? (
              <span className="block text-slate-600">
                {t(`roles.${firstMembership.role}`)} · {firstMembership.organization.shortName}
              </span>
            ) : null}
          </p>
          <LocaleSwitch />
          <NotificationBell userId={actor.userId} />
          <form action={signOutAction}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:bg-slate-100"
            >
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { LocaleSwitch } from "@/features/locale/components/locale-switch";

/** The frame of the signed-out pages (sign-in, forgot and reset password): language switch, title, content. */
export async function AuthPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitch />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("name")}</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900">{title}</h1>
        {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      </div>
      {children}
    </main>
  );
}

/** The white panel holding a signed-out page's form. */
export function AuthCard({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={cn("rounded-lg border border-slate-200 bg-white p-6 shadow-sm", className)}>
      {children}
    </div>
  );
}

export async function BackToSignIn() {
  const t = await getTranslations("accounts");
  return (
    <p>
      <Link href="/sign-in" className="text-sm font-semibold text-brand-700 underline">
        {t("backToSignIn")}
      </Link>
    </p>
  );
}

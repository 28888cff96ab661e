import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/accounts/components/forgot-password-form";
import { LocaleSwitch } from "@/features/locale/components/locale-switch";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitch />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900">{t("accounts.forgot.title")}</h1>
        <p className="mt-2 text-slate-700">{t("accounts.forgot.intro")}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <ForgotPasswordForm />
      </div>
      <p>
        <Link href="/sign-in" className="text-sm font-semibold text-brand-700 underline">
          {t("accounts.backToSignIn")}
        </Link>
      </p>
    </main>
  );
}

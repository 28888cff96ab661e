import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { LocaleSwitch } from "@/features/locale/components/locale-switch";
import { getActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; expired?: string; changed?: string; reset?: string }>;
}) {
  if (await getActor()) redirect("/");
  const { callbackUrl, expired, changed, reset } = await searchParams;
  const notice =
    reset === "locked"
      ? "accounts.notices.resetLocked"
      : reset
        ? "accounts.notices.reset"
        : changed
          ? "accounts.notices.changed"
          : null;
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitch />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900">{t("signIn.title")}</h1>
        <p className="mt-2 text-slate-700">{t("signIn.intro")}</p>
      </div>
      {expired ? (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {t("signIn.expired")}
        </p>
      ) : null}
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900"
        >
          {t(notice)}
        </p>
      ) : null}
      <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            {t("accounts.forgotLink")}
          </Link>
        </p>
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard, AuthPage } from "@/components/layout/auth-page";
import { SignInForm } from "@/features/auth/components/sign-in-form";
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
    <AuthPage title={t("signIn.title")} intro={t("signIn.intro")}>
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
      <AuthCard className="flex flex-col gap-4">
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            {t("accounts.forgotLink")}
          </Link>
        </p>
      </AuthCard>
    </AuthPage>
  );
}

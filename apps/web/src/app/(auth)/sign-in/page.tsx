import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard, AuthPage } from "@/components/layout/auth-page";
import { Alert } from "@/components/ui/alert";
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
        <Alert variant="warning" role="status">
          {t("signIn.expired")}
        </Alert>
      ) : null}
      {notice ? <Alert variant="success">{t(notice)}</Alert> : null}
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

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard, AuthPage, BackToSignIn } from "@/components/layout/auth-page";
import { ForgotPasswordForm } from "@/features/accounts/components/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("accounts.forgot");
  return (
    <AuthPage title={t("title")} intro={t("intro")}>
      <AuthCard>
        <ForgotPasswordForm />
      </AuthCard>
      <BackToSignIn />
    </AuthPage>
  );
}

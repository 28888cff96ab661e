import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard, AuthPage, BackToSignIn } from "@/components/layout/auth-page";
import { InvalidLink } from "@/features/accounts/components/invalid-link";
import { ResetPasswordForm } from "@/features/accounts/components/reset-password-form";
import { resetTokenState } from "@/features/accounts/reset-password";
import { resetTokenSchema } from "@/features/accounts/schema";
import { prisma } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("accounts.reset"))("title"),
    // The token is in the address: never send it to another site in a Referer.
    referrer: "no-referrer",
  };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = resetTokenSchema.safeParse(token);
  const found = parsed.success ? await resetTokenState(prisma, parsed.data) : { state: "unknown" as const };
  const t = await getTranslations("accounts.reset");
  return (
    <AuthPage title={t("title")}>
      <AuthCard>
        {found.state === "valid" && parsed.success ? (
          <ResetPasswordForm token={parsed.data} email={found.email ?? ""} />
        ) : (
          <InvalidLink state={found.state === "valid" ? "unknown" : found.state} />
        )}
      </AuthCard>
      <BackToSignIn />
    </AuthPage>
  );
}

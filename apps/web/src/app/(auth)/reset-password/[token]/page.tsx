import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvalidLink } from "@/features/accounts/components/invalid-link";
import { ResetPasswordForm } from "@/features/accounts/components/reset-password-form";
import { resetTokenState } from "@/features/accounts/reset-password";
import { resetTokenSchema } from "@/features/accounts/schema";
import { LocaleSwitch } from "@/features/locale/components/locale-switch";
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
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LocaleSwitch />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900">{t("accounts.reset.title")}</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {found.state === "valid" && parsed.success ? (
          <ResetPasswordForm token={parsed.data} email={found.email ?? ""} />
        ) : (
          <InvalidLink state={found.state === "valid" ? "unknown" : found.state} />
        )}
      </div>
      <p>
        <Link href="/sign-in" className="text-sm font-semibold text-brand-700 underline">
          {t("accounts.backToSignIn")}
        </Link>
      </p>
    </main>
  );
}

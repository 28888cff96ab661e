import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/features/accounts/components/change-password-form";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.change"))("title") };
}

/** One's own password: no policy action needed beyond being signed in (it is always one's own account). */
export default async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ changed?: string }>;
}) {
  const actor = await requireActor();
  const { changed } = await searchParams;
  const t = await getTranslations("accounts.change");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { email: actor.email })}</p>
      </div>
      {changed ? (
        <Alert variant="success" className="max-w-2xl">
          {t("done")}
        </Alert>
      ) : null}
      <Card aria-labelledby="change-password-title" className="flex flex-col gap-4">
        <h2 id="change-password-title" className="text-lg font-semibold">
          {t("formTitle")}
        </h2>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}

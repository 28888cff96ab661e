import { can, formatDateTime } from "@plan-tracker/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CreateTokenForm } from "@/features/api-tokens/components/create-token-form";
import { TokenList } from "@/features/api-tokens/components/token-list";
import { listApiTokens } from "@/features/api-tokens/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

export default async function ApiTokensPage() {
  const actor = await requireActor();
  if (!can(actor, "apiToken.manage", { ownerUserId: actor.userId })) notFound();
  const t = await getTranslations("tokens");
  const tokens = await listApiTokens(prisma, actor.userId);
  const rows = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: formatDateTime(token.createdAt),
    lastUsedAt: token.lastUsedAt ? formatDateTime(token.lastUsedAt) : null,
    expiresAt: token.expiresAt ? formatDateTime(token.expiresAt) : null,
    status: token.status,
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p>
          <a href="/api/v1/openapi.json" className="text-sm font-semibold text-brand-700 underline">
            {t("docs")}
          </a>
        </p>
      </div>
      <Card aria-labelledby="create-token-title" className="flex flex-col gap-4">
        <h2 id="create-token-title" className="text-lg font-semibold">
          {t("createTitle")}
        </h2>
        <CreateTokenForm />
      </Card>
      <section aria-labelledby="token-list-title" className="flex flex-col gap-3">
        <h2 id="token-list-title" className="text-lg font-semibold">
          {t("list")}
        </h2>
        <TokenList tokens={rows} />
      </section>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { openDirectivesOf } from "../data";
import { DirectiveList } from "./directive-list";

/**
 * The agency home's directives: those not yet closed, for the agencies the actor answers for (one query).
 * Nothing is shown when there are none.
 */
export async function AgencyDirectives({
  actor,
  organizationIds,
}: {
  actor: SessionActor;
  organizationIds: string[];
}) {
  if (organizationIds.length === 0) return null;
  const directives = await openDirectivesOf(prisma, organizationIds);
  if (directives.length === 0) return null;
  const t = await getTranslations("directives");
  const names = [
    ...new Set(directives.map((d) => d.organization?.shortName).filter((n): n is string => Boolean(n))),
  ].join(", ");
  return (
    <Card aria-labelledby="agency-directives" id="directives" className="border-amber-300">
      <h2 id="agency-directives" className="text-xl font-bold">
        {t("openForAgency", { org: names, count: directives.length })}
      </h2>
      <div className="mt-3">
        <DirectiveList directives={directives} actor={actor} showTask />
      </div>
    </Card>
  );
}

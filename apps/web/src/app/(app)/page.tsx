import { can, homeKindFor } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { AgencyDirectives } from "@/features/directives/components/agency-directives";
import { AgencyHome } from "@/features/home/components/agency-home";
import { ReportingPlansCard } from "@/features/home/components/reporting-plans-card";
import { requireActor } from "@/server/session";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor, "plan.read")) {
    return (
      <Alert variant="warning" role="status" size="base">
        {t("home.noMembership")}
      </Alert>
    );
  }
  const kind = homeKindFor(actor);
  const now = new Date();
  const agencyOrgIds = [
    ...new Set(
      actor.memberships
        .filter((m) => m.role === "STAFF" || m.role === "APPROVER")
        .map((m) => m.organizationId),
    ),
  ];
  const compilerOrgIds = [
    ...new Set(actor.memberships.filter((m) => m.role === "COMPILER").map((m) => m.organizationId)),
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("home.greeting", { name: actor.name })}</h1>
        <p className="mt-1 text-slate-700">
          {t("home.yourRoles")}:{" "}
          {actor.memberships.map((m) => `${t(`roles.${m.role}`)} (${m.organization.shortName})`).join("; ")}
        </p>
      </div>
      <AgencyDirectives actor={actor} organizationIds={agencyOrgIds} />
      {kind === "agency"
        ? agencyOrgIds.map((id) => <AgencyHome key={id} organizationId={id} now={now} />)
        : null}
      {compilerOrgIds.length ? <ReportingPlansCard organizationIds={compilerOrgIds} now={now} /> : null}
      {kind !== "agency" ? <ReportingPlansCard organizationIds="all" now={now} /> : null}
    </div>
  );
}

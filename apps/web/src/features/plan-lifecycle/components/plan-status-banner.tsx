import { formatDate, type PlanStatus } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/**
 * Says, at the top of a plan's pages, that the plan is out of force and read-only, and what replaced it
 * (a link when the replacing plan is in the tracker). Nothing for a plan in force.
 */
export async function PlanStatusBanner({
  plan,
}: {
  plan: {
    status: PlanStatus;
    endedOn: Date | null;
    replacedBy: { id: string; symbol: string } | null;
    replacedByText: string;
  };
}) {
  if (plan.status !== "EXPIRED" && plan.status !== "REPLACED") return null;
  const t = await getTranslations("plans");
  const date = plan.endedOn ? formatDate(plan.endedOn) : "";
  if (plan.status === "EXPIRED")
    return (
      <Alert variant="warning" role="status" size="base">
        {t("ended.expired", { date })}
      </Alert>
    );
  const written =
    plan.replacedByText || (plan.replacedBy ? t("planNumber", { symbol: plan.replacedBy.symbol }) : "");
  return (
    <Alert variant="warning" role="status" size="base">
      {t.rich("ended.replaced", {
        date,
        name: written,
        document: (chunks) =>
          plan.replacedBy ? (
            <Link href={`/plans/${plan.replacedBy.id}`} className="font-semibold underline">
              {chunks}
            </Link>
          ) : (
            <strong>{chunks}</strong>
          ),
      })}
    </Alert>
  );
}

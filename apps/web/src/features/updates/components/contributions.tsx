import { formatDateTime } from "@plan-tracker/core";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Contribution } from "../data";

/** Other agencies' updates on the same task, attributed, as the lead sees them beside its own. */
export async function Contributions({ items }: { items: Contribution[] }) {
  const t = await getTranslations();
  return (
    <section
      aria-labelledby="contributions-title"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="contributions-title" className="text-lg font-semibold">
        {t("update.contributions")}
      </h2>
      <p className="text-sm text-slate-700">{t("update.contributionsHelp")}</p>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("update.noContributions")}</p>
      ) : null}
      <ul className="mt-3 flex flex-col gap-3">
        {items.map(({ organization, role, state, update }) => (
          <li
            key={organization.id}
            className="rounded-md border border-slate-200 p-3"
            data-testid="contribution"
          >
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              {organization.name}
              <Badge tone={role === "lead" ? "info" : "neutral"}>
                {t(role === "lead" ? "update.roleLead" : "myTasks.coordinate")}
              </Badge>
              <Badge>{t(`myTasks.states.${state}`)}</Badge>
              <Badge tone="success">
                {t(`update.statuses.${update.status}`)}
                {update.percent !== null ? ` · ${update.percent}%` : ""}
              </Badge>
            </p>
            <dl className="mt-2 grid gap-1 text-sm">
              {(["results", "difficulties", "proposals"] as const).map((f) =>
                update[f] ? (
                  <div key={f}>
                    <dt className="font-semibold text-slate-700">{t(`update.${f}`)}</dt>
                    <dd className="whitespace-pre-wrap">{update[f]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            <p className="mt-1 text-xs text-slate-600">
              {t("update.lastSaved", {
                name: update.updatedByName,
                time: formatDateTime(new Date(update.updatedAt)),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

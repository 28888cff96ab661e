import { daysUntil, excerpt, formatDate, MY_UPDATE_STATES, type MyUpdateState } from "@plan-tracker/core";
import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { loadMyTasks } from "@/features/my-tasks/data";
import { DIGEST_ROWS, digestRows, showsDigest } from "@/features/my-tasks/digest";
import { agencyOrganizationIds } from "@/features/updates/data";
import { prisma } from "@/server/db";
import { requireActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myTasks"))("title") };
}

const stateTone: Record<MyUpdateState, "neutral" | "info" | "success" | "warning" | "danger"> = {
  NOT_UPDATED: "warning",
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "danger",
  ACCEPTED: "success",
};

type Search = { org?: string; plan?: string; role?: string; state?: string; q?: string };

export default async function MyTasksPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const search = await searchParams;
  const orgIds = agencyOrganizationIds(actor);
  const organizationId = search.org && orgIds.includes(search.org) ? search.org : orgIds[0];
  if (!organizationId) {
    return (
      <Alert variant="warning" role="status" size="base">
        {t("myTasks.noAgency")}
      </Alert>
    );
  }
  const role = search.role === "lead" || search.role === "coordinate" ? search.role : undefined;
  const state = MY_UPDATE_STATES.includes(search.state as MyUpdateState)
    ? (search.state as MyUpdateState)
    : undefined;
  const q = (search.q ?? "").slice(0, 200);
  const planId = search.plan ? search.plan.slice(0, 100) : undefined;
  const data = await loadMyTasks(prisma, organizationId, { role, state, q, planId });
  const now = new Date();
  const shownTotal = data.groups.reduce((n, g) => n + g.rows.length, 0);
  const digest = showsDigest(Boolean(planId), data.groups);
  const rowsOf = (rows: (typeof data.groups)[number]["rows"]) => (digest ? digestRows(rows) : rows);
  const planHref = (id: string) => {
    const params = new URLSearchParams({ org: organizationId, plan: id });
    if (role) params.set("role", role);
    if (state) params.set("state", state);
    if (q) params.set("q", q);
    return `/my-tasks?${params}`;
  };

  return (
    <div className="flex flex-col gap-5">
      <header>
        <h1 className="text-2xl font-bold">{t("myTasks.title")}</h1>
        {data.plans.length ? (
          <p className="mt-1 text-slate-700">
            {t("myTasks.introPlans", { org: data.organization.name, count: data.plans.length })}
          </p>
        ) : null}
      </header>
      {data.plans.length === 0 ? (
        <p role="status" className="rounded-md border border-slate-300 bg-white p-4">
          {t("myTasks.noPeriod")}
        </p>
      ) : (
        <>
          <search aria-label={t("myTasks.search")}>
            <form className="flex flex-wrap items-end gap-3">
              {orgIds.length > 1 ? (
                <SelectField
                  id="my-tasks-org"
                  name="org"
                  label={t("myTasks.agencyPicker")}
                  defaultValue={organizationId}
                >
                  {actor.memberships
                    .filter((m) => orgIds.includes(m.organizationId))
                    .filter(
                      (m, i, list) => list.findIndex((x) => x.organizationId === m.organizationId) === i,
                    )
                    .map((m) => (
                      <option key={m.organizationId} value={m.organizationId}>
                        {m.organization.shortName}
                      </option>
                    ))}
                </SelectField>
              ) : (
                <input type="hidden" name="org" value={organizationId} />
              )}
              <SelectField
                id="my-tasks-plan"
                name="plan"
                label={t("myTasks.filterPlan")}
                defaultValue={planId ?? ""}
              >
                <option value="">{t("myTasks.filterAllPlans")}</option>
                {data.plans.map((p) => (
                  <option key={p.plan.id} value={p.plan.id}>
                    {p.plan.symbol} · {p.focalOrganization.shortName} ·{" "}
                    {t("myTasks.deadline", { date: formatDate(p.period.agencyDeadline) })}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="my-tasks-role"
                name="role"
                label={t("myTasks.filterRole")}
                defaultValue={role ?? ""}
              >
                <option value="">{t("myTasks.filterAll")}</option>
                <option value="lead">{t("myTasks.lead")}</option>
                <option value="coordinate">{t("myTasks.coordinate")}</option>
              </SelectField>
              <SelectField
                id="my-tasks-state"
                name="state"
                label={t("myTasks.filterState")}
                defaultValue={state ?? ""}
              >
                <option value="">{t("myTasks.filterAll")}</option>
                {MY_UPDATE_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`myTasks.states.${s}`)}
                  </option>
                ))}
              </SelectField>
              <Field
                id="my-tasks-q"
                name="q"
                type="search"
                label={t("myTasks.search")}
                defaultValue={q}
                placeholder={t("myTasks.searchPlaceholder")}
                className="min-w-48 flex-1"
              />
              <Button type="submit">{t("myTasks.apply")}</Button>
            </form>
          </search>
          {data.groups.length === 0 ? <p role="status">{t("myTasks.empty")}</p> : null}
          {digest ? (
            <p role="status" className="text-slate-700">
              {t("myTasks.digest", { total: shownTotal, plans: data.groups.length, rows: DIGEST_ROWS })}
            </p>
          ) : null}
          <div className="flex flex-col gap-8" data-testid="my-tasks">
            {data.groups.map((group) => (
              <section
                key={group.plan.id}
                aria-labelledby={`plan-${group.plan.id}`}
                className="flex flex-col gap-3"
                data-plan={group.plan.symbol}
              >
                <Card className="flex flex-col gap-2">
                  <h2 id={`plan-${group.plan.id}`} className="text-lg font-bold">
                    <span className="mr-2 font-mono text-brand-700">{group.plan.symbol}</span>{" "}
                    <span title={group.plan.title}>{group.plan.shortTitle}</span>
                  </h2>
                  <p className="text-sm text-slate-700">
                    {t("myTasks.intro", { org: data.organization.name, period: periodLabel(group.period) })}{" "}
                    {t("myTasks.focal", { org: group.focalOrganization.shortName })}
                  </p>
                  <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
                    <p className="font-semibold">
                      {t("myTasks.deadline", { date: formatDate(group.period.agencyDeadline) })} ·{" "}
                      <DaysLeft days={daysUntil(group.period.agencyDeadline, now)} />
                    </p>
                    <p>
                      {t("myTasks.summary", { updated: group.totals.updated, total: group.totals.total })}
                    </p>
                    <Badge tone={group.submission ? stateTone[group.submission.state] : "warning"}>
                      {t("myTasks.submissionState", {
                        state: group.submission
                          ? t(`myTasks.states.${group.submission.state}`)
                          : t("myTasks.submissionNone"),
                      })}
                    </Badge>
                    <Link
                      href={`/periods/${group.period.id}/submission?org=${organizationId}`}
                      aria-label={`${t("myTasks.openSubmission")} ${group.plan.symbol}`}
                      className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
                    >
                      {t("myTasks.openSubmission")}
                    </Link>
                  </div>
                  {group.submission?.state === "RETURNED" && group.submission.returnReason ? (
                    <Alert className="w-full">
                      {t("myTasks.states.RETURNED")}: {group.submission.returnReason}
                    </Alert>
                  ) : null}
                </Card>
                {group.rows.length === 0 ? (
                  <p role="status" className="text-slate-700">
                    {t("myTasks.empty")}
                  </p>
                ) : (
                  <ul className="flex flex-col gap-3">
                    {rowsOf(group.rows).map((row) => (
                      <li key={row.id}>
                        <Card className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                          <div className="min-w-0 flex-1">
                            <p className="text-xs text-slate-600">
                              {row.section.code}. {row.section.heading}
                            </p>
                            <h3 className="mt-1 font-semibold">
                              <span className="mr-2 font-mono text-brand-700">{row.code}</span>
                              {row.heading ?? excerpt(row.content)}
                            </h3>
                            <div className="mt-2 flex flex-wrap gap-2">
                              <Badge tone={row.role === "lead" ? "info" : "neutral"}>
                                {t(`myTasks.${row.role}`)}
                              </Badge>
                              {row.role === "coordinate" && row.lead ? (
                                <Badge>{t("myTasks.leadBy", { org: row.lead })}</Badge>
                              ) : null}
                              <Badge tone={stateTone[row.state]}>{t(`myTasks.states.${row.state}`)}</Badge>
                              {row.itemCount ? (
                                <Badge>
                                  {t("myTasks.itemsUpdated", {
                                    done: row.itemsUpdated,
                                    count: row.itemCount,
                                  })}
                                </Badge>
                              ) : null}
                            </div>
                          </div>
                          <Link
                            href={`/periods/${group.period.id}/tasks/${row.id}?org=${organizationId}`}
                            className="shrink-0 self-start rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
                            aria-label={`${t("myTasks.openUpdate")} ${row.code}`}
                          >
                            {t("myTasks.openUpdate")}
                          </Link>
                        </Card>
                      </li>
                    ))}
                  </ul>
                )}
                {digest && group.rows.length > DIGEST_ROWS ? (
                  <Link
                    href={planHref(group.plan.id)}
                    className="self-start font-semibold text-brand-700 underline"
                  >
                    {t("myTasks.digestAll", { count: group.rows.length, plan: group.plan.symbol })}
                  </Link>
                ) : null}
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

async function DaysLeft({ days }: { days: number }) {
  const t = await getTranslations("myTasks");
  return (
    <span className={days < 0 ? "text-red-800" : ""}>
      {days >= 0 ? t("daysLeft", { days }) : t("overdue", { days: -days })}
    </span>
  );
}

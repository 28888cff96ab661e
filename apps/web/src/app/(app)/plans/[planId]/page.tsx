import { can, compareSectionCodes, formatDate, officialDateLine } from "@plan-tracker/core";
import { CYCLE_NAMES } from "@plan-tracker/core/reporting/period-key";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { periodAccess } from "@/features/periods/access";
import { PlanLifecycleForm } from "@/features/plan-lifecycle/components/plan-lifecycle-form";
import { PlanStatusBanner } from "@/features/plan-lifecycle/components/plan-status-banner";
import { SectionTree } from "@/features/plans/components/section-tree";
import { Verbatim } from "@/features/plans/components/verbatim";
import { getPlanTree, otherPlansOf } from "@/features/plans/data";
import { buildSectionTree } from "@/features/plans/tree";
import { PublishToggle } from "@/features/public/components/publish-toggle";
import { ReportingRuleForm } from "@/features/reporting-rule/components/reporting-rule-form";
import { requirePermission } from "@/server/guard";

type Props = {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ imported?: string; reimported?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await getPlanTree((await params).planId);
  if (!plan) return {};
  return { title: (await getTranslations("plans"))("planNumber", { symbol: plan.symbol }) };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const actor = await requirePermission("plan.read");
  const plan = await getPlanTree((await params).planId);
  if (!plan) notFound();
  const t = await getTranslations("plans");
  const tPeriods = await getTranslations("periods");
  const tImport = await getTranslations("planImport");
  const { imported, reimported } = await searchParams;
  const tree = buildSectionTree(plan);
  const manages = can(actor, "plan.manage", { focalOrganizationId: plan.focalOrganization.id });
  const inForce = plan.status === "ACTIVE";
  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {plan.issuer.name} · {t("numberLine", { symbol: plan.symbol })}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-snug">{plan.title}</h1>
        <p className="mt-1 italic text-slate-700">{officialDateLine(plan.place, plan.issuedOn)}</p>
        {imported || reimported ? (
          <p
            role="status"
            className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-2 text-emerald-900"
          >
            {tImport(imported ? "done.imported" : "done.reimported")}
          </p>
        ) : null}
        {periodAccess(actor, plan.focalOrganization.id) ? (
          <p className="mt-3">
            <Link href={`/plans/${plan.id}/periods`} className="font-semibold text-brand-700 underline">
              {tPeriods("link")}
            </Link>
          </p>
        ) : null}
        {manages && inForce ? (
          <p className="mt-2">
            <Link href={`/plans/${plan.id}/reimport`} className="font-semibold text-brand-700 underline">
              {tImport("reimport.link")}
            </Link>
          </p>
        ) : null}
      </header>
      <PlanStatusBanner plan={plan} />
      {can(actor, "plan.publish") ? <PublishToggle planId={plan.id} isPublic={plan.isPublic} /> : null}
      {manages ? (
        <PlanLifecycleForm
          planId={plan.id}
          current={{
            status: plan.status,
            endedOn: plan.endedOn ? plan.endedOn.toISOString().slice(0, 10) : null,
            replacedById: plan.replacedBy?.id ?? null,
            replacedByText: plan.replacedByText,
          }}
          otherPlans={await otherPlansOf(plan.id)}
        />
      ) : null}
      {manages && inForce ? (
        <ReportingRuleForm
          planId={plan.id}
          rule={{
            reportingCycles: plan.reportingCycles,
            reportDueDay: plan.reportDueDay,
            reportDueMonth: plan.reportDueMonth,
            agencyDeadlineOffsetDays: plan.agencyDeadlineOffsetDays,
          }}
        />
      ) : null}
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-slate-700">{t("number")}</dt>
          <dd>{plan.symbol}</dd>
          <dt className="font-semibold text-slate-700">{t("issuedOn")}</dt>
          <dd>{formatDate(plan.issuedOn)}</dd>
          <dt className="font-semibold text-slate-700">{t("signer")}</dt>
          <dd>
            {plan.signerName} ({plan.signerTitle})
          </dd>
          <dt className="font-semibold text-slate-700">{t("status")}</dt>
          <dd>{t(`statuses.${plan.status}`)}</dd>
          <dt className="font-semibold text-slate-700">{t("focal")}</dt>
          <dd>{plan.focalOrganization.name}</dd>
          <dt className="font-semibold text-slate-700">{t("validity")}</dt>
          <dd>
            {plan.validFromYear} – {plan.validToYear}
          </dd>
          <dt className="font-semibold text-slate-700">{t("cycles")}</dt>
          <dd>{plan.reportingCycles.map((c) => CYCLE_NAMES[c]).join(", ")}</dd>
          <dt className="font-semibold text-slate-700">{t("reportingRule")}</dt>
          <dd>{plan.reportingRuleText}</dd>
          <dt className="font-semibold text-slate-700">{t("basis")}</dt>
          <dd>
            <ul className="list-disc pl-5">
              {plan.basisDocuments.map((d) => (
                <li key={d.symbol}>{d.title}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </Card>
      <nav aria-label={t("contents")} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 className="font-semibold">{t("contents")}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {[...plan.sections]
            .sort((a, b) => compareSectionCodes(a.code, b.code))
            .map((s) => (
              <li key={s.id}>
                <a href={`#section-${s.code}`} className="text-brand-700 underline">
                  {s.code}. {s.heading.length > 50 ? `${s.heading.slice(0, 50)}…` : s.heading}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {plan.preamble ? <Verbatim text={plan.preamble} /> : null}
      <section aria-label={t("sectionTree")}>
        <SectionTree nodes={tree} />
      </section>
      {plan.closing ? <Verbatim text={plan.closing} className="mt-4" /> : null}
      <Card>
        <h2 className="font-semibold">{t("recipients")}</h2>
        <ul className="mt-2 list-none text-sm">
          {plan.recipients.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </Card>
    </article>
  );
}

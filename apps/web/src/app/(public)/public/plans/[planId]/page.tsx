import { formatDate, formatPercent, officialCategoryLabel } from "@plan-tracker/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { cachedPublicPlan } from "@/features/public/cached";

type Props = { params: Promise<{ planId: string }> };

const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00+07:00`));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await cachedPublicPlan((await params).planId);
  if (!plan) return {};
  return { title: (await getTranslations("public"))("title", { symbol: plan.plan.symbol }) };
}

/** The public transparency page: no sign-in, nothing but what the plan's administrators made public. */
export default async function PublicPlanPage({ params }: Props) {
  const view = await cachedPublicPlan((await params).planId);
  if (!view) notFound();
  const t = await getTranslations("public");
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const latest = view.periods[view.periods.length - 1]?.name;
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-3 text-lg font-bold text-brand-900">{t("siteName")}</p>
      </header>
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
        <div>
          <h1 className="text-2xl font-bold">{t("title", { symbol: view.plan.symbol })}</h1>
          <p className="mt-1">{view.plan.title}</p>
          <p className="mt-1 text-sm text-slate-700">
            {t("issuedBy", { issuer: view.plan.issuer, date: day(view.plan.issuedOn) })}
          </p>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        {view.groups.length === 0 ? <p>{t("noData")}</p> : null}
        {view.groups.map((group) => (
          <section key={group.code} aria-labelledby={`public-section-${group.code}`} className="min-w-0">
            <h2 id={`public-section-${group.code}`} className="text-lg font-semibold">
              {group.code}. {group.heading}
            </h2>
            <ScrollRegion
              label={`${group.code}. ${group.heading}`}
              className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white"
            >
              <table className="w-full min-w-max border-collapse text-sm">
                <caption className="sr-only">
                  {group.code}. {group.heading}
                </caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="px-2 py-2">
                      {t("task")}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {t("lead")}
                    </th>
                    {view.periods.map((p) => (
                      <th key={p.id} scope="col" className="px-2 py-2">
                        {p.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {group.tasks.map((task) => (
                    <tr key={task.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="max-w-md px-2 py-2 text-left font-normal">
                        <span className="font-mono font-semibold text-brand-700">{task.code}</span>{" "}
                        <span className="line-clamp-3">{task.title}</span>
                      </th>
                      <td className="px-2 py-2">{task.lead}</td>
                      {task.periods.map((cell, i) => (
                        <td key={view.periods[i]?.id} className="px-2 py-2">
                          <span className="block font-semibold tabular-nums">
                            {cell.percent === null ? "—" : formatPercent(cell.percent, locale)}
                          </span>
                          <span className="block text-xs text-slate-700">
                            {officialCategoryLabel[cell.category][locale]}
                          </span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        ))}
        <section aria-labelledby="public-reports">
          <h2 id="public-reports" className="text-lg font-semibold">
            {t("reports")}
          </h2>
          {view.reports.length === 0 ? (
            <p className="mt-1 text-slate-700">{t("reportsEmpty")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-3">
              {view.reports.map((r) => (
                <li key={r.period} className="rounded-lg border border-slate-200 bg-white p-4">
                  <h3 className="font-semibold">
                    {r.symbol
                      ? t("reportLine", { symbol: r.symbol, period: r.period })
                      : t("reportTitle", { period: r.period })}
                  </h3>
                  {r.title ? <p className="text-sm">{r.title}</p> : null}
                  {r.issuedOn ? (
                    <p className="text-sm text-slate-700">{t("finalizedOn", { date: day(r.issuedOn) })}</p>
                  ) : null}
                  {r.summary ? <p className="mt-2 whitespace-pre-line">{r.summary}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <footer className="border-t border-slate-200 pt-3 text-sm text-slate-700">
          {t("footer")} {latest ? `(${latest})` : ""}
        </footer>
      </main>
    </>
  );
}

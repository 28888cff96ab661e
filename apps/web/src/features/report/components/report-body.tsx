import {
  type AttributedGroup,
  nextPeriodText,
  OFFICIAL_CATEGORIES,
  officialCategoryLabel,
  type ReportModel,
  type TextBlock,
} from "@plan-tracker/core";
import { getLocale, getTranslations } from "next-intl/server";
import { BlockEditor } from "./block-editor";

/** A task lists a few agencies by name; the full list is in the panel above the report. */
const MISSING_SHOWN = 4;

interface Props {
  model: ReportModel;
  periodId: string;
  version: number;
  canEdit: boolean;
}

/** The report as it will be printed, section by section, with the compiler's editable parts in place. */
export async function ReportBody({ model, periodId, version, canEdit }: Props) {
  const t = await getTranslations("report.body");
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const edit = (block: TextBlock, name: string, empty?: string) => (
    <BlockEditor
      periodId={periodId}
      version={version}
      block={block}
      name={name}
      canEdit={canEdit}
      empty={empty}
    />
  );
  const { overview } = model;
  const percent = (p: number | null) => (p === null ? t("noPercent") : `${p}%`);

  return (
    <article lang="vi" className="flex flex-col gap-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-8">
      <section aria-label={t("introduction")} className="flex flex-col gap-2">
        {edit(model.introduction, t("introduction"))}
      </section>

      <section aria-labelledby="report-overview" className="flex flex-col gap-4">
        <h2 id="report-overview" className="text-lg font-bold">
          {t("overview")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{t("taskCount")}</dt>
            <dd className="text-2xl font-bold">{overview.taskCount}</dd>
          </div>
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{t("percent")}</dt>
            <dd className="text-2xl font-bold">{percent(overview.percent)}</dd>
          </div>
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{t("agencies")}</dt>
            <dd className="text-2xl font-bold">{t("agenciesValue", overview.agencies)}</dd>
          </div>
        </dl>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("overview")}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("section")}
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  {t("count")}
                </th>
                {OFFICIAL_CATEGORIES.map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 text-right">
                    {officialCategoryLabel[c][locale]}
                  </th>
                ))}
                <th scope="col" className="px-2 py-2 text-right">
                  {t("percent")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.bySection.map((s) => (
                <tr key={s.code} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    <span className="font-semibold">{s.code}</span> {s.title}
                  </th>
                  <td className="px-2 py-2 text-right">{s.taskCount}</td>
                  {OFFICIAL_CATEGORIES.map((c) => (
                    <td key={c} className="px-2 py-2 text-right">
                      {s.byCategory[c]}
                    </td>
                  ))}
                  <td className="px-2 py-2 text-right">{percent(s.percent)}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-slate-300 font-semibold">
                <th scope="row" className="px-2 py-2 text-left">
                  {t("taskCount")}
                </th>
                <td className="px-2 py-2 text-right">{overview.taskCount}</td>
                {OFFICIAL_CATEGORIES.map((c) => (
                  <td key={c} className="px-2 py-2 text-right">
                    {overview.byCategory[c]}
                  </td>
                ))}
                <td className="px-2 py-2 text-right">{percent(overview.percent)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-results" className="flex flex-col gap-6">
        <h2 id="report-results" className="text-lg font-bold">
          {t("results")}
        </h2>
        {model.sections.map((section) => (
          <section
            key={section.code}
            aria-labelledby={`report-section-${section.code}`}
            className="flex flex-col gap-4"
          >
            <h3 id={`report-section-${section.code}`} className="font-bold">
              {section.code}. {section.title}
            </h3>
            {edit(section.summary, t("sectionSummary", { code: section.code }))}
            {section.tasks.map((task) => (
              <div key={task.id} className="flex flex-col gap-2 border-l-4 border-slate-200 pl-3">
                <h4 className="font-semibold">
                  {task.code}.{" "}
                  <span className="font-normal">
                    {task.content.length > 300 ? `${task.content.slice(0, 300)}…` : task.content}
                  </span>
                </h4>
                <p className="text-sm text-slate-700">
                  {t("lead")}: {task.lead ?? "—"} · {t("category")}:{" "}
                  {officialCategoryLabel[task.category][locale]} · {percent(task.percent)}
                </p>
                {edit(task.results, `${t("leadResults")} ${task.code}`, t("noResults"))}
                {task.contributions.length ? (
                  <div className="text-sm">
                    <p className="font-semibold">{t("contributions")}</p>
                    <ul className="flex flex-col gap-1">
                      {task.contributions.map((c) => (
                        <li key={c.organizationId}>
                          <span className="font-semibold">{c.organization}:</span> {c.text}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {task.missingFrom.length ? (
                  <p className="text-sm text-amber-900">
                    <span aria-hidden="true">⚠ </span>
                    {t("missingFrom", {
                      names:
                        task.missingFrom.length > MISSING_SHOWN
                          ? `${task.missingFrom.slice(0, MISSING_SHOWN).join("; ")} ${t("andOthers", { count: task.missingFrom.length - MISSING_SHOWN })}`
                          : task.missingFrom.join("; "),
                    })}
                  </p>
                ) : null}
              </div>
            ))}
          </section>
        ))}
      </section>

      <AttributedSection
        id="report-difficulties"
        title={t("difficulties")}
        summary={edit(model.difficultiesSummary, t("difficulties"))}
        groups={model.difficulties}
        empty={t("noItems")}
      />
      <AttributedSection
        id="report-proposals"
        title={t("proposals")}
        summary={edit(model.proposalsSummary, t("proposals"))}
        groups={model.proposals}
        empty={t("noItems")}
      />

      <section aria-labelledby="report-next-year" className="flex flex-col gap-3">
        <h2 id="report-next-year" className="text-lg font-bold">
          {t("nextYear", { period: nextPeriodText(model.period).toUpperCase() })}
        </h2>
        {edit(model.nextYear, t("nextYear", { period: nextPeriodText(model.period).toUpperCase() }))}
      </section>

      <section aria-labelledby="report-annex" className="flex flex-col gap-3">
        <h2 id="report-annex" className="text-lg font-bold">
          {t("annex")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("annex")}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t("code")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("content")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("lead")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("category")}
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  %
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("resultsColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.annex.map((row) => (
                <tr key={row.code} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-2 py-2 text-left font-semibold whitespace-nowrap">
                    {row.code}
                  </th>
                  <td className="px-2 py-2">{row.content}</td>
                  <td className="px-2 py-2">{row.lead}</td>
                  <td className="px-2 py-2">{officialCategoryLabel[row.category][locale]}</td>
                  <td className="px-2 py-2 text-right">{percent(row.percent)}</td>
                  <td className="px-2 py-2 whitespace-pre-line">{row.results}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}

function AttributedSection(props: {
  id: string;
  title: string;
  summary: React.ReactNode;
  groups: AttributedGroup[];
  empty: string;
}) {
  return (
    <section aria-labelledby={props.id} className="flex flex-col gap-3">
      <h2 id={props.id} className="text-lg font-bold">
        {props.title}
      </h2>
      {props.summary}
      {props.groups.length === 0 ? <p className="text-slate-600 italic">{props.empty}</p> : null}
      {props.groups.map((group) => (
        <div key={group.code} className="flex flex-col gap-1">
          <h3 className="font-semibold">
            {group.code}. {group.title}
          </h3>
          <ul className="flex flex-col gap-1 text-sm">
            {group.items.map((item, i) => (
              <li key={`${item.organizationId}-${i}`}>
                <span className="font-semibold">{item.organization}</span>
                {item.taskCode ? ` (${item.taskCode})` : ""}:{" "}
                <span className="whitespace-pre-line">{item.text}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { searchPlans } from "@/features/search/data";
import { requirePermission } from "@/server/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePermission("plan.read");
  const q = ((await searchParams).q ?? "").slice(0, 200);
  const t = await getTranslations("search");
  const tooShort = q.trim().length > 0 && q.trim().length < 2;
  const results = q.trim().length >= 2 ? await searchPlans(q) : null;
  const count = results ? results.tasks.length + results.actionItems.length + results.sections.length : 0;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <search>
        <form className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <Field
            id="q"
            name="q"
            type="search"
            label={t("label")}
            hint={t("help")}
            defaultValue={q}
            placeholder={t("placeholder")}
            className="flex-1"
          />
          <Button type="submit" className="sm:mb-7">
            {t("submit")}
          </Button>
        </form>
      </search>
      {tooShort ? <p role="status">{t("tooShort")}</p> : null}
      {results ? (
        <section aria-labelledby="results-title">
          <div role="status">
            <h2 id="results-title" className="text-lg font-semibold">
              {t("results", { count, query: q })}
            </h2>
          </div>
          <ul className="mt-3 flex flex-col gap-3" data-testid="search-results">
            {results.tasks.map((task) => (
              <li key={task.id} className="rounded-md border border-slate-200 bg-white p-3">
                <p className="text-xs font-semibold uppercase text-slate-600">
                  {t("task")} · {task.plan.symbol} · {task.leadOrganization?.shortName}
                </p>
                <Link href={`/tasks/${task.id}`} className="font-semibold text-brand-900 underline">
                  {task.code} {task.heading}
                </Link>
                <p className="mt-1 line-clamp-2 text-sm text-slate-800">{task.content}</p>
              </li>
            ))}
            {results.actionItems.map((item) => (
              <li key={item.id} className="rounded-md border border-slate-200 bg-white p-3">
                <p className="text-xs font-semibold uppercase text-slate-600">
                  {t("actionItem")} · {item.task.plan.symbol}
                </p>
                <Link href={`/tasks/${item.task.id}`} className="font-semibold text-brand-900 underline">
                  {item.code}
                </Link>
                <p className="mt-1 text-sm text-slate-800">{item.content}</p>
              </li>
            ))}
            {results.sections.map((section) => (
              <li key={section.id} className="rounded-md border border-slate-200 bg-white p-3">
                <p className="text-xs font-semibold uppercase text-slate-600">
                  {t("section")} · {section.plan.symbol}
                </p>
                <Link
                  href={`/plans/${section.planId}#section-${section.code}`}
                  className="font-semibold text-brand-900 underline"
                >
                  {section.code}. {section.heading}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

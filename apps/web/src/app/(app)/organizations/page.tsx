import { formatDate } from "@plan-tracker/core";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { listOrganizations } from "@/features/organizations/data";
import { requirePermission } from "@/server/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("title") };
}

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePermission("organization.read");
  const { q = "" } = await searchParams;
  const t = await getTranslations("organizations");
  const organizations = await listOrganizations(q);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <search>
        <form className="flex items-end gap-2">
          <Field id="org-filter" name="q" label={t("filter")} defaultValue={q} />
          <Button type="submit">{t("filterSubmit")}</Button>
        </form>
      </search>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("code")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("name")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("shortName")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("kind")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("validity")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("ledTasks")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 font-mono">{o.code}</td>
                <td className="px-3 py-2">
                  {o.name}
                  {o.succeededBy.map((link) => (
                    <p
                      key={`${link.event.effectiveOn.toISOString()}-${link.successor?.name ?? ""}`}
                      className="text-xs text-slate-700"
                    >
                      {link.successor
                        ? t("successor", {
                            name: link.successor.name,
                            date: formatDate(link.event.effectiveOn),
                            basis: link.event.basisNumber || "—",
                          })
                        : t("abolished", {
                            date: formatDate(link.event.effectiveOn),
                            basis: link.event.basisNumber || "—",
                          })}
                    </p>
                  ))}
                </td>
                <td className="px-3 py-2">{o.shortName}</td>
                <td className="px-3 py-2">{t(`kinds.${o.kind}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {o.validFrom ? t("from", { date: formatDate(o.validFrom) }) : ""}{" "}
                  {o.validTo ? t("to", { date: formatDate(o.validTo) }) : ""}
                </td>
                <td className="px-3 py-2 text-right">{o._count.ledTasks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

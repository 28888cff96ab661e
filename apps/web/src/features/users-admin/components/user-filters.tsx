import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ROLES, type UserFilters } from "../schema";

const selectClass = "rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked and shared. */
export async function UserFiltersForm({
  filters,
  organizations,
}: {
  filters: UserFilters;
  organizations: { id: string; shortName: string; name: string }[];
}) {
  const t = await getTranslations("usersAdmin");
  const tRoles = await getTranslations("roles");
  return (
    <form method="get" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-4">
      <Field
        id="users-q"
        name="q"
        type="search"
        label={t("search")}
        placeholder={t("searchPlaceholder")}
        defaultValue={filters.q}
        maxLength={100}
        className="min-w-56 flex-1"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="users-org" className="text-sm font-semibold text-slate-800">
          {t("fields.organization")}
        </label>
        <select id="users-org" name="org" defaultValue={filters.org} className={`${selectClass} max-w-64`}>
          <option value="">{t("all")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="users-role" className="text-sm font-semibold text-slate-800">
          {t("fields.role")}
        </label>
        <select id="users-role" name="role" defaultValue={filters.role ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="users-status" className="text-sm font-semibold text-slate-800">
          {t("fields.status")}
        </label>
        <select id="users-status" name="status" defaultValue={filters.status} className={selectClass}>
          <option value="all">{t("all")}</option>
          <option value="active">{t("statusActive")}</option>
          <option value="locked">{t("statusLocked")}</option>
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("applyFilters")}
      </button>
    </form>
  );
}

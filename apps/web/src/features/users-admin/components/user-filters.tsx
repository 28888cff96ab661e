import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { ROLES, type UserFilters } from "../schema";

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
    <search aria-label={t("filters")}>
      <form method="get" className="flex flex-wrap items-end gap-4">
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
        <SelectField
          id="users-org"
          name="org"
          label={t("fields.organization")}
          defaultValue={filters.org}
          selectClassName="max-w-64"
        >
          <option value="">{t("all")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName}
            </option>
          ))}
        </SelectField>
        <SelectField id="users-role" name="role" label={t("fields.role")} defaultValue={filters.role ?? ""}>
          <option value="">{t("all")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </SelectField>
        <SelectField id="users-status" name="status" label={t("fields.status")} defaultValue={filters.status}>
          <option value="all">{t("all")}</option>
          <option value="active">{t("statusActive")}</option>
          <option value="locked">{t("statusLocked")}</option>
        </SelectField>
        <button type="submit" className={buttonClass("primary")}>
          {t("applyFilters")}
        </button>
      </form>
    </search>
  );
}

import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field, SelectField } from "@/components/ui/field";
import type { AuditFilter } from "../schema";

type Choices = {
  users: { id: string; name: string; email: string }[];
  organizations: { id: string; shortName: string }[];
};

/** A plain GET form: the filters land in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilterForm({ filter, choices }: { filter: AuditFilter; choices: Choices }) {
  const t = await getTranslations("auditLog");
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-labelledby="audit-filters-title"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <h2 id="audit-filters-title" className="text-lg font-semibold sm:col-span-2 lg:col-span-4">
        {t("filters")}
      </h2>
      <SelectField id="audit-actor" name="actor" label={t("actor")} defaultValue={filter.actor ?? ""}>
        <option value="">{t("anyActor")}</option>
        {choices.users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name} ({user.email})
          </option>
        ))}
      </SelectField>
      <SelectField id="audit-org" name="org" label={t("org")} defaultValue={filter.org ?? ""}>
        <option value="">{t("anyOrg")}</option>
        {choices.organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.shortName}
          </option>
        ))}
      </SelectField>
      <Field
        id="audit-entity-type"
        name="entityType"
        label={t("entityType")}
        placeholder={t("entityTypeHint")}
        defaultValue={filter.entityType ?? ""}
      />
      <Field
        id="audit-entity-id"
        name="entityId"
        label={t("entityId")}
        defaultValue={filter.entityId ?? ""}
      />
      <Field
        id="audit-action"
        name="action"
        label={t("action")}
        placeholder={t("actionHint")}
        defaultValue={filter.action ?? ""}
      />
      <DateField
        id="audit-from"
        name="from"
        label={t("from")}
        defaultValue={filter.from}
        controlClassName="w-full"
      />
      <DateField id="audit-to" name="to" label={t("to")} defaultValue={filter.to} controlClassName="w-full" />
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <a href="/admin/audit" className={buttonClass("secondary")}>
          {t("clear")}
        </a>
      </div>
    </form>
  );
}

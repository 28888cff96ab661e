"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { type CreateUserState, createUserAction } from "../actions";
import { ROLES } from "../schema";

export function CreateUserForm({
  organizations,
}: {
  organizations: { id: string; shortName: string; name: string }[];
}) {
  const t = useTranslations("usersAdmin");
  const tRoles = useTranslations("roles");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {
    status: "idle",
  });
  const error = state.status === "error" ? state : null;
  const done = state.status === "done" ? state : null;
  const alertRef = useRef<HTMLDivElement>(null);
  const values = error?.values;

  useEffect(() => {
    if (state.status !== "error") return;
    const first = (["email", "name", "organizationId", "role"] as const).find((f) => state.fieldErrors?.[f]);
    const id = first ? `new-user-${first}` : null;
    if (id) document.getElementById(id)?.focus();
    else alertRef.current?.focus();
  }, [state]);

  const fieldError = (field: "email" | "name" | "organizationId" | "role") => {
    const key = error?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.emailTaken") : undefined;
  };

  return (
    <div className="flex flex-col gap-4">
      {done?.done === "created" ? (
        <Alert variant="success">{t("results.created", { who: done.who })}</Alert>
      ) : null}
      {error ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {error.fieldErrors ? t("errors.fixFields") : tErrors(error.error)}
        </Alert>
      ) : null}
      <form
        action={action}
        // After a refusal the form remounts with what was typed; after success it starts empty.
        key={values ? JSON.stringify(values) : `new-${done?.who ?? ""}`}
        className="grid gap-4 sm:grid-cols-2"
        noValidate
      >
        <Field
          id="new-user-email"
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="off"
          required
          maxLength={320}
          defaultValue={values?.email ?? ""}
          error={fieldError("email")}
        />
        <Field
          id="new-user-name"
          name="name"
          label={t("fields.name")}
          autoComplete="off"
          required
          maxLength={120}
          defaultValue={values?.name ?? ""}
          error={fieldError("name")}
        />
        <SelectField
          id="new-user-organizationId"
          name="organizationId"
          label={t("fields.organization")}
          required
          defaultValue={values?.organizationId ?? ""}
          error={fieldError("organizationId")}
        >
          <option value="">{t("choose")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName} – {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="new-user-role"
          name="role"
          label={t("fields.role")}
          required
          defaultValue={values?.role ?? ""}
          error={fieldError("role")}
        >
          <option value="">{t("choose")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2 flex flex-col gap-2">
          <p className="text-sm text-slate-700">{t("createHint")}</p>
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? t("creating") : t("create")}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}

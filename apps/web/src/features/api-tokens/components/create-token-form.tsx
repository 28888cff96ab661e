"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { type CreateApiTokenState, createApiTokenAction } from "../actions";
import { TOKEN_EXPIRY_CHOICES, TOKEN_NAME_MAX } from "../schema";
import { NewTokenPanel } from "./new-token-panel";

const DEFAULT_EXPIRY = "90";

export function CreateTokenForm() {
  const t = useTranslations("tokens");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, {
    status: "idle",
  });
  const error = state.status === "error" ? state : null;
  const values = error?.values;
  const alertRef = useRef<HTMLDivElement>(null);

  // After a refusal the form is remounted: put focus on the first field at fault, or on the message.
  useEffect(() => {
    if (!error) return;
    const field = error.fieldErrors?.name
      ? "token-name"
      : error.fieldErrors?.expiresIn
        ? "token-expiry"
        : null;
    if (field) document.getElementById(field)?.focus();
    else alertRef.current?.focus();
  }, [error]);

  const fieldError = (field: "name" | "expiresIn"): string | undefined => {
    const key = error?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.nameRequired") : undefined;
  };
  const expiryError = fieldError("expiresIn");

  return (
    <div className="flex flex-col gap-4">
      {error ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {tErrors(error.error)}
        </Alert>
      ) : null}
      <form
        action={action}
        // Remount with the submitted values after a refusal, so nothing typed is lost.
        key={values ? `${values.name}\u0000${values.expiresIn}` : "new"}
        className="flex flex-wrap items-start gap-4"
        noValidate
      >
        <Field
          id="token-name"
          name="name"
          label={t("name")}
          placeholder={t("namePlaceholder")}
          maxLength={TOKEN_NAME_MAX}
          required
          autoComplete="off"
          defaultValue={values?.name ?? ""}
          error={fieldError("name")}
          className="min-w-64 flex-1"
        />
        <SelectField
          id="token-expiry"
          name="expiresIn"
          label={t("expires")}
          error={expiryError}
          defaultValue={values?.expiresIn || DEFAULT_EXPIRY}
        >
          {TOKEN_EXPIRY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === "never" ? t("never") : t("days", { days: Number(choice) })}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending} className="mt-7">
          {pending ? t("creating") : t("create")}
        </Button>
      </form>
      <p className="text-sm text-slate-700">{t("nameHint")}</p>
      {state.status === "created" ? (
        <NewTokenPanel key={state.id} name={state.name} token={state.token} />
      ) : null}
    </div>
  );
}

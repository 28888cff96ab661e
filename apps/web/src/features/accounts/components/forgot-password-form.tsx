"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type ForgotPasswordState, forgotPasswordAction } from "../actions";
import { accountErrorKey } from "./account-error";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, {
    status: "idle",
  });
  if (state.status === "sent") {
    // The same words whether the account exists or not.
    return <Alert variant="success">{t("forgot.sent", { email: state.email })}</Alert>;
  }
  const error = state.status === "error" ? state : null;
  const emailError = error?.fieldErrors?.email
    ? t(`errors.${error.fieldErrors.email}` as "errors.invalidEmail")
    : undefined;
  const email = error?.values?.email;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {error && !emailError ? (
        <Alert>{t(`errors.${accountErrorKey(error)}`, { minutes: error.params?.minutes ?? 15 })}</Alert>
      ) : null}
      <Field
        id="email"
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="username"
        required
        defaultValue={email}
        key={email ?? "email"}
        error={emailError}
        autoFocus={Boolean(emailError)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("forgot.submitting") : t("forgot.submit")}
      </Button>
    </form>
  );
}

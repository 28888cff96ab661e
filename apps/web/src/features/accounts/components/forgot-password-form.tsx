"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type ForgotPasswordState, forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, {});
  if (state.status === "sent") {
    // The same words whether the account exists or not.
    return <Alert variant="success">{t("forgot.sent", { email: state.email ?? "" })}</Alert>;
  }
  const emailError =
    state.error &&
    state.error !== "rate_limited" &&
    state.error !== "unexpected" &&
    state.error !== "unavailable"
      ? t(`errors.${state.error}` as "errors.invalidEmail")
      : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error && !emailError ? (
        <Alert>{t(`errors.${state.error}` as "errors.rate_limited", { minutes: state.minutes ?? 15 })}</Alert>
      ) : null}
      <Field
        id="email"
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="username"
        required
        defaultValue={state.email}
        key={state.email ?? "email"}
        error={emailError}
        autoFocus={Boolean(emailError)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("forgot.submitting") : t("forgot.submit")}
      </Button>
    </form>
  );
}

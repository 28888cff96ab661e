"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type ForgotPasswordState, forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, {});
  if (state.status === "sent") {
    // The same words whether the account exists or not.
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
        {t("forgot.sent", { email: state.email ?? "" })}
      </p>
    );
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
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {t(`errors.${state.error}` as "errors.rate_limited", { minutes: state.minutes ?? 15 })}
        </div>
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

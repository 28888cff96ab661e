"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type SignInState, signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const error = state.status === "error" ? state : null;
  // The specific reason, else the first field the form's check refused, else something unexpected.
  const key = error
    ? (error.reason ?? error.fieldErrors?.email ?? error.fieldErrors?.password ?? "unexpected")
    : null;
  const email = error?.values?.email;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {key ? (
        <Alert>
          {t(`errors.${key}` as "errors.invalid_credentials", { minutes: error?.params?.minutes ?? 15 })}
        </Alert>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <Field
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={email}
        key={email ?? "email"}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ResetPasswordState, resetPasswordAction } from "../actions";
import { accountErrorKey } from "./account-error";
import { InvalidLink } from "./invalid-link";
import { PasswordFields } from "./password-fields";
import { PasswordRulesNote } from "./password-rules-note";

const FIELDS = ["newPassword", "confirmPassword"] as const;

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, {
    status: "idle",
  });
  const error = state.status === "error" ? state : null;
  // The link itself refused: unknown (or malformed), used or expired meanwhile.
  const invalid =
    error?.reason === "unknown" || error?.reason === "used" || error?.reason === "expired"
      ? error.reason
      : error?.fieldErrors?.token
        ? "unknown"
        : null;
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "error") return;
    const first = FIELDS.find((f) => state.fieldErrors?.[f]);
    if (first) document.getElementById(first)?.focus();
    else alertRef.current?.focus();
  }, [state]);

  if (invalid) return <InvalidLink state={invalid} />;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-slate-700">{t("reset.for", { email })}</p>
      {error ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {t(`errors.${accountErrorKey(error)}`, { minutes: error.params?.minutes ?? 15 })}
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <PasswordRulesNote id="password-rules" />
      <PasswordFields names={FIELDS} fieldErrors={error?.fieldErrors} rulesId="password-rules" />
      <Button type="submit" disabled={pending}>
        {pending ? t("reset.submitting") : t("reset.submit")}
      </Button>
    </form>
  );
}

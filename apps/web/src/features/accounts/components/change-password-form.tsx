"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changePasswordAction, type PasswordFormState } from "../actions";
import { accountErrorKey } from "./account-error";
import { PasswordFields } from "./password-fields";
import { PasswordRulesNote } from "./password-rules-note";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("accounts");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {
    status: "idle",
  });
  const error = state.status === "error" ? state : null;
  const alertRef = useRef<HTMLDivElement>(null);

  // After a refusal, focus the first field at fault (or the message), so a keyboard user is taken there.
  useEffect(() => {
    if (state.status !== "error") return;
    const first = FIELDS.find((f) => state.fieldErrors?.[f]);
    if (first) document.getElementById(first)?.focus();
    else alertRef.current?.focus();
  }, [state]);

  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {error ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {error.error === "UNAUTHENTICATED"
            ? tErrors("UNAUTHENTICATED")
            : t(`errors.${accountErrorKey(error)}`, { minutes: error.params?.minutes ?? 15 })}
        </Alert>
      ) : null}
      <PasswordRulesNote id="password-rules" />
      <PasswordFields names={FIELDS} fieldErrors={error?.fieldErrors} rulesId="password-rules" />
      <Button type="submit" disabled={pending}>
        {pending ? t("change.submitting") : t("change.submit")}
      </Button>
    </form>
  );
}

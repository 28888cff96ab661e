"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { changePasswordAction, type PasswordFormState } from "../actions";
import { PasswordFields } from "./password-fields";
import { PasswordRulesNote } from "./password-rules-note";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {});
  const alertRef = useRef<HTMLDivElement>(null);

  // After a refusal, focus the first field at fault (or the message), so a keyboard user is taken there.
  useEffect(() => {
    if (!state.error) return;
    const first = FIELDS.find((f) => state.fieldErrors?.[f]);
    if (first) document.getElementById(first)?.focus();
    else alertRef.current?.focus();
  }, [state]);

  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state.error ? (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t(`errors.${state.error}` as "errors.fix_fields", { minutes: state.minutes ?? 15 })}
        </div>
      ) : null}
      <PasswordRulesNote id="password-rules" />
      <PasswordFields names={FIELDS} fieldErrors={state.fieldErrors} rulesId="password-rules" />
      <Button type="submit" disabled={pending}>
        {pending ? t("change.submitting") : t("change.submit")}
      </Button>
    </form>
  );
}

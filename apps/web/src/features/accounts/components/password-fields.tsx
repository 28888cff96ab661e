"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";

type Name = "currentPassword" | "newPassword" | "confirmPassword";

/** The password inputs both forms share; errors are message keys under accounts.errors. */
export function PasswordFields({
  names,
  fieldErrors,
  rulesId,
}: {
  names: readonly Name[];
  fieldErrors?: Partial<Record<Name, string>>;
  rulesId: string;
}) {
  const t = useTranslations("accounts");
  const error = (name: Name) => {
    const key = fieldErrors?.[name];
    return key ? t(`errors.${key}` as "errors.passwordTooShort") : undefined;
  };
  return (
    <>
      {names.map((name) => (
        <Field
          key={name}
          id={name}
          name={name}
          type="password"
          label={t(`fields.${name}`)}
          autoComplete={name === "currentPassword" ? "current-password" : "new-password"}
          required
          maxLength={200}
          error={error(name)}
          aria-describedby={error(name) ? `${name}-error` : name === "newPassword" ? rulesId : undefined}
        />
      ))}
    </>
  );
}

import { useTranslations } from "next-intl";
import { PASSWORD_MIN } from "../password-rules";

/** The policy, stated where the password is typed (the server checks the same rules). */
export function PasswordRulesNote({ id }: { id: string }) {
  const t = useTranslations("accounts.rules");
  return (
    <div id={id} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
      <p className="font-semibold">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        <li>{t("length", { min: PASSWORD_MIN })}</li>
        <li>{t("notEmail")}</li>
        <li>{t("notCommon")}</li>
        <li>{t("passphrase")}</li>
      </ul>
    </div>
  );
}

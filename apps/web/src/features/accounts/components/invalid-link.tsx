import Link from "next/link";
import { useTranslations } from "next-intl";

/** An expired, used or unknown reset link: say which, and offer to ask for a new one. */
export function InvalidLink({ state }: { state: "expired" | "used" | "unknown" }) {
  const t = useTranslations("accounts.invalidLink");
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950"
    >
      <h2 className="text-lg font-semibold">{t(`${state}Title`)}</h2>
      <p>{t(`${state}Body`)}</p>
      <p>
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("askAgain")}
        </Link>
      </p>
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "../actions";

/** A form, so switching works without JavaScript and is announced as a button. */
export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const next = locale === "vi" ? "en" : "vi";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={next} />
      <button
        type="submit"
        lang={next}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 hover:bg-slate-100"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Rendered inside the app layout's <main> when signed in: a section, not a second main landmark.
// React hoists the <title> into the head (a not-found page has no metadata of its own).
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl px-4 py-16 text-center">
      <title>{t("notFoundTitle")}</title>
      <h1 id="not-found-title" className="text-2xl font-bold">
        {t("notFoundTitle")}
      </h1>
      <p className="mt-2 text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("backHome")}
      </Link>
    </section>
  );
}

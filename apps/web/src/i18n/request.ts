import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const LOCALE_COOKIE = "locale";

// Vietnamese first; English when the user switches (kept in a cookie, so URLs stay the same).
export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = requested === "en" ? "en" : "vi";
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: messagesFor(locale),
  };
});

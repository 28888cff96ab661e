import type { Localized } from "@plan-tracker/core";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";

type Values = Record<string, string | number>;

type Translate = (key: string, values: Values) => string;

// Untyped keys: the catalogs are merged at run time from several files.
const translators = {
  vi: createTranslator({
    locale: "vi",
    messages: messagesFor("vi"),
    namespace: "notifications.texts",
  }) as unknown as Translate,
  en: createTranslator({
    locale: "en",
    messages: messagesFor("en"),
    namespace: "notifications.texts",
  }) as unknown as Translate,
};

/**
 * A notification's text in every UI language, from the catalogs (`notifications.texts.<key>`): stored
 * notifications are written in each recipient's language by `notify`.
 */
export function notificationText(key: string, values: Values = {}): Localized {
  return {
    vi: translators.vi(key, values),
    en: translators.en(key, values),
  };
}

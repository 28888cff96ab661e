/** UI languages: Vietnamese first, English second. */
export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** A text in every UI language; core keeps the labels of its own enumerations. */
export type Localized = Readonly<Record<Locale, string>>;

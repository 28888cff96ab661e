import type { Locale } from "../locale";

const INTL_LOCALE: Readonly<Record<Locale, string>> = { vi: "vi-VN", en: "en-US" };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: Locale,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale}:${minimumFractionDigits}:${maximumFractionDigits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits,
      maximumFractionDigits,
      // Rounding a tiny negative would otherwise print "-0".
      signDisplay: "negative",
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Shown for a value that is not a finite number, rather than "NaN" or "∞". */
export const NO_NUMBER = "—";

/**
 * "1.234,5" (Vietnamese separators). With `fractionDigits`, exactly that many decimals;
 * without, up to 2 and no trailing zeros.
 */
export function formatNumber(n: number, fractionDigits?: number, locale: Locale = "vi"): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  return fractionDigits === undefined
    ? formatter(locale, 0, 2).format(n)
    : formatter(locale, fractionDigits, fractionDigits).format(n);
}

/** A value already in percent (45.5, not 0.455) -> "45,5%": at most one decimal, none when whole. */
export function formatPercent(n: number, locale: Locale = "vi"): string {
  if (!Number.isFinite(n)) return NO_NUMBER;
  return `${formatter(locale, 0, 1).format(n)}%`;
}

import { formatPercent, type Locale } from "@plan-tracker/core";
import type { getTranslations } from "next-intl/server";

/** The dashboard's translator, passed down so each part does not look it up again. */
export type DashboardT = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

export const pct = (n: number | null, locale: Locale) => (n === null ? "—" : formatPercent(n, locale));

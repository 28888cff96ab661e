import enPeriods from "../../messages/en/periods.json";
import enUpdates from "../../messages/en/updates.json";
import enBase from "../../messages/en.json";
import viPeriods from "../../messages/vi/periods.json";
import viUpdates from "../../messages/vi/updates.json";
import viBase from "../../messages/vi.json";

/**
 * UI text by locale. Each capability may keep its namespaces in messages/<locale>/<feature>.json;
 * list them here so both catalogs stay complete (a test compares their keys).
 */
const catalogs = {
  vi: [viBase, viUpdates, viPeriods],
  en: [enBase, enUpdates, enPeriods],
} as const;

export type Messages = typeof viBase;

export function messagesFor(locale: "vi" | "en"): Record<string, unknown> {
  return Object.assign({}, ...catalogs[locale]);
}

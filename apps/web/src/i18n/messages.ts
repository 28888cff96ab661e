import enUpdates from "../../messages/en/updates.json";
import enBase from "../../messages/en.json";
import viUpdates from "../../messages/vi/updates.json";
import viBase from "../../messages/vi.json";

/**
 * UI text by locale. Each capability may keep its namespaces in messages/<locale>/<feature>.json;
 * list them here so both catalogs stay complete (a test compares their keys).
 */
const catalogs = {
  vi: [viBase, viUpdates],
  en: [enBase, enUpdates],
} as const;

export type Messages = typeof viBase;

export function messagesFor(locale: "vi" | "en"): Record<string, unknown> {
  return Object.assign({}, ...catalogs[locale]);
}

/**
 * The message namespaces that run in the browser: those read with useTranslations("…") by "use client"
 * modules and by every module they import. The root layout hands only these to NextIntlClientProvider;
 * without a `messages` prop it would send the whole catalog (about 67 KiB) with every page.
 *
 * Server components read the full catalog on the server and need nothing here.
 * client-namespaces.test.ts scans src for client modules and fails when a namespace they use is missing
 * here, when an entry here is no longer used, and when a client module calls useTranslations() without a
 * literal namespace (give it one: the scan cannot tell what a dynamic one reads).
 *
 * An entry is a namespace path; it carries everything below it ("review" covers "review.remind").
 */
export const CLIENT_NAMESPACES = [
  "accounts",
  "calendarAdmin",
  "comments",
  "directives",
  "errors",
  "fields",
  "jobsAdmin",
  "notificationSettings",
  "periods",
  "planImport",
  "plans.lifecycle",
  "plans.rule",
  "plans.statuses",
  "public",
  "report",
  "review",
  "roles",
  "signIn",
  "submission",
  "tokens",
  "update",
  "usersAdmin",
] as const;

type Tree = Record<string, unknown>;

/** The subtrees of `messages` at the given namespace paths, nested as in the catalog. */
export function pickNamespaces(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let from: unknown = messages;
    for (const part of parts) from = (from as Tree | undefined)?.[part];
    if (from === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) {
      into[part] ??= {};
      into = into[part] as Tree;
    }
    into[parts[parts.length - 1] as string] = from;
  }
  return picked;
}

import "server-only";
import type { Locale, Localized } from "@plan-tracker/core";
import type { Prisma, PrismaClient } from "@plan-tracker/db";

/** A Prisma client or the transaction client of `$transaction(async (tx) => ...)`. */
export type NotifyWriter = Pick<PrismaClient, "notification" | "user"> | Prisma.TransactionClient;

/** A text as written, or one per UI language (each recipient gets theirs, from `User.locale`). */
export type NotificationText = string | Localized;

export interface NotificationInput {
  /** What happened, "<entity>.<event>": "submission.returned", "comment.created"… (for filters and email preferences). */
  kind: string;
  title: NotificationText;
  body?: NotificationText;
  /** A path inside the application ("/periods/…"); anything else is dropped. */
  link?: string | null;
  /**
   * Makes the notification once-only per recipient (scheduled reminders on several nodes): stored as
   * `<dedupeKey>:<userId>`; a second call with the same key adds nothing for that user.
   */
  dedupeKey?: string;
}

const TITLE_MAX = 300;
const BODY_MAX = 2000;

/** Same-site paths only: a notification must never send anyone elsewhere. */
export function isInternalLink(link: string | null | undefined): link is string {
  return typeof link === "string" && link.startsWith("/") && !link.startsWith("//") && !link.includes("\\");
}

function textFor(text: NotificationText | undefined, locale: Locale): string {
  if (text === undefined) return "";
  return typeof text === "string" ? text : text[locale];
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Adds an in-app notification for each user (duplicates and empty ids ignored). Pass the transaction
 * client so the notifications commit or roll back with the change they announce. Returns how many rows
 * were written. One query for plain texts, two when a text is given per language.
 */
export async function notify(
  tx: NotifyWriter,
  userIds: readonly string[],
  input: NotificationInput,
): Promise<number> {
  const recipients = [...new Set(userIds.filter((id) => id))];
  if (recipients.length === 0) return 0;
  const localized =
    typeof input.title !== "string" || (input.body !== undefined && typeof input.body !== "string");
  const localeOf = new Map<string, Locale>();
  if (localized) {
    const users = await tx.user.findMany({
      where: { id: { in: recipients } },
      select: { id: true, locale: true },
    });
    for (const u of users) localeOf.set(u.id, u.locale === "en" ? "en" : "vi");
  }
  const link = isInternalLink(input.link) ? input.link : null;
  const { count } = await tx.notification.createMany({
    data: recipients.map((userId) => {
      const locale = localeOf.get(userId) ?? "vi";
      return {
        userId,
        kind: input.kind,
        title: clip(textFor(input.title, locale), TITLE_MAX),
        body: clip(textFor(input.body, locale), BODY_MAX),
        link,
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${userId}` : null,
      };
    }),
    skipDuplicates: true,
  });
  return count;
}

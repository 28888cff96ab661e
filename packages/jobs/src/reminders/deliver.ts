import type { PrismaClient } from "@plan-tracker/db";
import { isReminderKind } from "./kinds";
import type { Occurrence } from "./plan";
import { notificationText, occurrenceEmail } from "./texts";

export interface DeliveryResult {
  occurrences: number;
  /** Rows actually written by this run (0 on a rerun: the dedupe keys were already there). */
  notifications: number;
  emails: number;
}

const TITLE_MAX = 300;
const BODY_MAX = 2000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Writes each occurrence's in-app notifications and queued emails, keyed `<occurrence key>:<userId>`,
 * with INSERT ... ON CONFLICT DO NOTHING (createMany skipDuplicates) in one transaction: two nodes running
 * the same schedule at once both try, the unique indexes let exactly one row through. Three queries.
 */
export async function deliverOccurrences(
  db: PrismaClient,
  occurrences: readonly Occurrence[],
): Promise<DeliveryResult> {
  const userIds = [...new Set(occurrences.flatMap((o) => o.userIds))];
  if (userIds.length === 0) return { occurrences: occurrences.length, notifications: 0, emails: 0 };
  const users = await db.user.findMany({
    where: { id: { in: userIds }, lockedAt: null },
    select: {
      id: true,
      email: true,
      locale: true,
      notificationPrefs: { select: { kind: true, email: true } },
    },
  });
  const userOf = new Map(users.map((u) => [u.id, u]));
  const notifications: {
    userId: string;
    kind: string;
    title: string;
    body: string;
    link: string;
    dedupeKey: string;
  }[] = [];
  const emails: { to: string; subject: string; text: string; html: string; dedupeKey: string }[] = [];
  for (const occurrence of occurrences) {
    const text = notificationText(occurrence);
    const email = occurrenceEmail(occurrence);
    for (const userId of new Set(occurrence.userIds)) {
      const user = userOf.get(userId);
      if (!user) continue;
      const locale = user.locale === "en" ? "en" : "vi";
      const dedupeKey = `${occurrence.key}:${userId}`;
      notifications.push({
        userId,
        kind: occurrence.kind,
        title: clip(text.title[locale], TITLE_MAX),
        body: clip(text.body[locale], BODY_MAX),
        link: occurrence.link,
        dedupeKey,
      });
      // Email unless the user turned this kind off (no row: on).
      const pref = user.notificationPrefs.find((p) => p.kind === occurrence.kind);
      if (isReminderKind(occurrence.kind) && pref?.email !== false && user.email)
        emails.push({ to: user.email, ...email, dedupeKey });
    }
  }
  const [written, queued] = await db.$transaction([
    db.notification.createMany({ data: notifications, skipDuplicates: true }),
    db.outboxEmail.createMany({ data: emails, skipDuplicates: true }),
  ]);
  return { occurrences: occurrences.length, notifications: written.count, emails: queued.count };
}

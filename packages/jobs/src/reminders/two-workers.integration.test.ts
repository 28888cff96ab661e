import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderFixture } from "../testing/fixture";
import { jobsRunProcess } from "../testing/jobs-run";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_two");
  await createReminderFixture(db.prisma);
});
afterAll(async () => {
  await db?.destroy();
});

/** One worker process running the schedule at a moved clock: `pnpm jobs:run --now <instant>`. */
const workerProcess = (now: string) => jobsRunProcess(db.url, now, "reminders");

describe("two worker processes on one PostgreSQL database", () => {
  it("write each reminder exactly once when they run the same schedule at the same moment", async () => {
    const days = ["2026-11-16", "2026-11-26", "2026-11-30"];
    const written = { notifications: 0, emails: 0 };
    for (const day of days) {
      const now = `${day}T08:00:00+07:00`;
      const [a, b] = await Promise.all([workerProcess(now), workerProcess(now)]);
      expect(a.code, a.out).toBe(0);
      expect(b.code, b.out).toBe(0);
      for (const run of [a, b]) {
        const line = JSON.parse(run.out.trim().split("\n").at(-1) ?? "{}");
        written.notifications += line.notifications;
        written.emails += line.emails;
      }
    }
    const [notifications, emails] = await Promise.all([
      db.prisma.notification.findMany({ select: { dedupeKey: true, userId: true } }),
      db.prisma.outboxEmail.findMany({ select: { dedupeKey: true, to: true } }),
    ]);
    // What the two processes say they wrote is what is there: no row counted twice, none lost.
    expect(written).toEqual({ notifications: notifications.length, emails: emails.length });
    expect(new Set(notifications.map((n) => n.dedupeKey)).size).toBe(notifications.length);
    expect(new Set(emails.map((n) => n.dedupeKey)).size).toBe(emails.length);
    // 16/11 d-7, 26/11 and 30/11 late: three for each of STC's two members; digests of weeks 47, 48
    // and 49; the compiler's d-7 on 26/11.
    const keys = notifications.map((n) => n.dedupeKey?.split(":").slice(0, -1).join(":") ?? "");
    expect(keys.filter((k) => k.startsWith("agency:"))).toHaveLength(6);
    expect(keys.filter((k) => k.startsWith("digest:"))).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith("compiler:"))).toHaveLength(1);
    expect(notifications).toHaveLength(10);
    expect(emails).toHaveLength(10);
  }, 300_000);
});

import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "./outbox";
import { agencyReminderEmail } from "./templates";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_outbox");
});
afterAll(async () => {
  await db?.destroy();
});

describe("enqueueEmail", () => {
  it("writes one row per dedupe key, inside a transaction too", async () => {
    const mail = agencyReminderEmail({
      agencyName: "Sở Tài chính",
      planNumber: "182/KH-UBND",
      period: "năm 2026",
      agencyDeadline: new Date("2026-11-30T00:00:00+07:00"),
      link: "/periods/p1",
      late: false,
    });
    const first = await db.prisma.$transaction((tx) =>
      enqueueEmail(tx, { to: "stc@example.vn", ...mail, dedupeKey: "agency:p1:d-7:u1" }),
    );
    const again = await enqueueEmail(db.prisma, {
      to: "stc@example.vn",
      ...mail,
      dedupeKey: "agency:p1:d-7:u1",
    });
    const unkeyed = await enqueueEmail(db.prisma, { to: "stc@example.vn", ...mail });
    expect([first, again, unkeyed]).toEqual([true, false, true]);
    const rows = await db.prisma.outboxEmail.findMany({ where: { to: "stc@example.vn" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]?.subject).toContain("182/KH-UBND");
    expect(rows[0]?.sentAt).toBeNull();
  });

  it("refuses an address that is not one", async () => {
    await expect(
      enqueueEmail(db.prisma, { to: "not-an-address", subject: "x", text: "x", html: "x" }),
    ).rejects.toThrow();
  });
});

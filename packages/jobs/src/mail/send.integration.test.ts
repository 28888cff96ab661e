import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../reminders/run";
import { createReminderFixture, type ReminderFixture } from "../testing/fixture";
import { startSmtpSink } from "../testing/smtp-sink";
import { MAX_SEND_ATTEMPTS, retryDelayMs, sendPendingEmails } from "./send";
import { createMailer, smtpConfigFromEnv } from "./transport";

let db: TestDatabase;
let fx: ReminderFixture;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_smtp");
  fx = await createReminderFixture(db.prisma);
  // The leader's mailbox refuses mail: that email must fail, keep its error and back off.
  sink = await startSmtpSink((to) => to === "lanhdao@kiengiang.gov.vn");
});
afterAll(async () => {
  await sink?.close();
  await db?.destroy();
});

describe("email delivery over SMTP", () => {
  it("reads SMTP settings from the environment", () => {
    expect(smtpConfigFromEnv({})).toBeNull();
    expect(smtpConfigFromEnv({ SMTP_URL: "smtp://u:p@mail:2525", SMTP_FROM: "KH <kh@x.vn>" })).toEqual({
      transport: "smtp://u:p@mail:2525",
      from: "KH <kh@x.vn>",
    });
    expect(
      smtpConfigFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASS: "p" })?.transport,
    ).toEqual({
      host: "mail",
      port: 465,
      secure: true,
      auth: { user: "u", pass: "p" },
    });
    expect(() => smtpConfigFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "x" })).toThrow();
  });

  it("delivers the reminders to a real SMTP server with Vietnamese text and the link", async () => {
    process.env.APP_URL = "https://kehoach.kiengiang.gov.vn";
    try {
      await runReminders(db.prisma, new Date("2026-11-16T08:00:00+07:00"));
    } finally {
      delete process.env.APP_URL;
    }
    const config = smtpConfigFromEnv({
      SMTP_URL: sink.url,
      SMTP_FROM: "Theo dõi kế hoạch <no-reply@kiengiang.gov.vn>",
    });
    if (!config) throw new Error("no config");
    const mailer = createMailer(config);
    const now = new Date("2026-11-16T01:05:00Z");
    const result = await sendPendingEmails(db.prisma, mailer, now);
    mailer.close();
    expect(result).toEqual({ sent: 2, failed: 1 });

    const toStaff = sink.received.find((m) => m.to.includes("chuyenvien@stc.kiengiang.gov.vn"));
    expect(toStaff?.subject).toBe("[Nhắc việc] Báo cáo năm 2026 Kế hoạch 182/KH-UBND – hạn 25/11/2026");
    expect(toStaff?.text).toContain("Kính gửi Sở Tài chính,");
    expect(toStaff?.text).toContain("Hạn gửi báo cáo của cơ quan là ngày 25/11/2026 (còn 7 ngày làm việc).");
    expect(toStaff?.text).toContain(`https://kehoach.kiengiang.gov.vn/periods/${fx.periodId}/submission`);
    expect(toStaff?.html).toContain(
      `href="https://kehoach.kiengiang.gov.vn/periods/${fx.periodId}/submission"`,
    );
    expect(toStaff?.from).toBe("no-reply@kiengiang.gov.vn");

    const rows = await db.prisma.outboxEmail.findMany({ orderBy: { to: "asc" } });
    const sent = rows.filter((r) => r.sentAt);
    expect(sent).toHaveLength(2);
    expect(sent.every((r) => r.attempts === 1 && r.lastError === null)).toBe(true);
    const refused = rows.find((r) => r.to === "lanhdao@kiengiang.gov.vn");
    expect(refused).toMatchObject({ sentAt: null, attempts: 1 });
    expect(refused?.lastError).toContain("550");
    expect(refused?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) - 5_000);
  });

  it("does not send twice, and waits for the backoff before trying a failed email again", async () => {
    const config = smtpConfigFromEnv({ SMTP_URL: sink.url });
    if (!config) throw new Error("no config");
    const mailer = createMailer(config);
    const before = sink.received.length;
    expect(await sendPendingEmails(db.prisma, mailer, new Date())).toEqual({ sent: 0, failed: 0 });
    const later = new Date(Date.now() + retryDelayMs(1) + 1000);
    expect(await sendPendingEmails(db.prisma, mailer, later)).toEqual({ sent: 0, failed: 1 });
    mailer.close();
    expect(sink.received.length).toBe(before);
    const refused = await db.prisma.outboxEmail.findFirst({ where: { to: "lanhdao@kiengiang.gov.vn" } });
    expect(refused?.attempts).toBe(2);
    expect(MAX_SEND_ATTEMPTS).toBeGreaterThan(2);
  });

  it("lets two senders share the outbox without sending any email twice", async () => {
    await db.prisma.outboxEmail.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        to: `hop${i}@example.vn`,
        subject: `Thư ${i}`,
        text: "Nội dung",
        html: "<p>Nội dung</p>",
      })),
    });
    const config = smtpConfigFromEnv({ SMTP_URL: sink.url });
    if (!config) throw new Error("no config");
    const [a, b] = [createMailer(config), createMailer(config)];
    const before = sink.received.length;
    const results = await Promise.all([
      sendPendingEmails(db.prisma, a, new Date(), 7),
      sendPendingEmails(db.prisma, b, new Date(), 7),
      sendPendingEmails(db.prisma, a, new Date(), 7),
      sendPendingEmails(db.prisma, b, new Date(), 7),
      sendPendingEmails(db.prisma, a, new Date(), 7),
    ]);
    a.close();
    b.close();
    const delivered = sink.received.slice(before).map((m) => m.to[0]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(30);
    expect(new Set(delivered).size).toBe(30);
    expect(delivered).toHaveLength(30);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorld, destroyWorld, refusal, type World } from "@/features/submissions/testing";
import { isInternalLink, notify } from "@/server/notify";
import { listNotifications, unreadNotificationCount } from "./data";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { NOTIFICATIONS_PAGE_SIZE } from "./schema";
import { notificationText } from "./texts";

let world: World;
let staffId: string;
let approverId: string;

beforeAll(async () => {
  world = await createWorld("pt_notifications");
  staffId = world.actors.staff.userId;
  approverId = world.actors.approver.userId;
  // The demo seed may have told these users things already: start from an empty inbox.
  await world.db.prisma.notification.deleteMany({ where: { userId: { in: [staffId, approverId] } } });
  await world.db.prisma.user.update({ where: { id: approverId }, data: { locale: "en" } });
});

afterAll(async () => {
  await destroyWorld(world);
});

describe("notify", () => {
  it("writes one row per recipient, each in their own language, ignoring duplicates and empty ids", async () => {
    const count = await notify(world.db.prisma, [staffId, approverId, staffId, ""], {
      kind: "submission.returned",
      title: notificationText("returnedTitle", { focal: "Sở TN&MT", period: "năm 2032", sequence: 1 }),
      body: "Lý do: thiếu số liệu.",
      link: `/periods/p/submission?org=o`,
    });
    expect(count).toBe(2);
    const rows = await world.db.prisma.notification.findMany({
      where: { userId: { in: [staffId, approverId] } },
      select: { userId: true, title: true, body: true, link: true, readAt: true },
    });
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    expect(byUser.get(staffId)?.title).toBe("Sở TN&MT đã trả lại báo cáo năm 2032 của cơ quan");
    expect(byUser.get(approverId)?.title).toBe("Sở TN&MT returned your agency's report for năm 2032");
    expect(byUser.get(staffId)).toMatchObject({ body: "Lý do: thiếu số liệu.", readAt: null });
  });

  it("keeps only same-site links", async () => {
    for (const link of ["https://evil.example/x", "//evil.example", "/\\evil", "javascript:alert(1)"]) {
      expect(isInternalLink(link)).toBe(false);
    }
    expect(isInternalLink("/notifications")).toBe(true);
    await notify(world.db.prisma, [staffId], {
      kind: "test",
      title: "Liên kết ngoài",
      link: "https://evil.example",
    });
    const row = await world.db.prisma.notification.findFirstOrThrow({
      where: { userId: staffId, kind: "test" },
    });
    expect(row.link).toBeNull();
  });

  it("adds a deduplicated notification once per recipient", async () => {
    const input = { kind: "reminder", title: "Sắp đến hạn", dedupeKey: "reminder:p1:2032-11-20" };
    expect(await notify(world.db.prisma, [staffId, approverId], input)).toBe(2);
    expect(await notify(world.db.prisma, [staffId, approverId], input)).toBe(0);
  });

  it("does nothing for nobody", async () => {
    expect(await notify(world.db.prisma, [], { kind: "x", title: "y" })).toBe(0);
  });
});

describe("the inbox", () => {
  it("lists the user's own notifications newest first, with the unread count", async () => {
    const list = await listNotifications(world.db.prisma, staffId);
    expect(list.items.map((n) => n.kind)).toEqual(["reminder", "test", "submission.returned"]);
    expect(list.unread).toBe(3);
    expect(await unreadNotificationCount(world.db.prisma, staffId)).toBe(3);
    expect(list.items.every((n) => n.title !== "Sở TN&MT returned your agency's report for năm 2032")).toBe(
      true,
    );
  });

  it("pages long lists", async () => {
    await world.db.prisma.notification.createMany({
      data: Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 2 }, (_, i) => ({
        userId: approverId,
        kind: "bulk",
        title: `Thông báo ${i}`,
        createdAt: new Date(Date.UTC(2032, 0, 1, 0, i)),
      })),
    });
    const second = await listNotifications(world.db.prisma, approverId, 2);
    expect(second.page).toBe(2);
    expect(second.pageCount).toBe(2);
    expect(second.items.length).toBe(second.total - NOTIFICATIONS_PAGE_SIZE);
    // A page past the end shows the last one.
    expect((await listNotifications(world.db.prisma, approverId, 99)).page).toBe(2);
  });

  it("marks one read (once, audited) and answers someone else's as not found", async () => {
    const [first] = (await listNotifications(world.db.prisma, staffId)).items;
    if (!first) throw new Error("no notification");
    expect((await refusal(markNotificationRead(world.db.prisma, world.actors.approver, first.id))).code).toBe(
      "NOT_FOUND",
    );
    const marked = await markNotificationRead(world.db.prisma, world.actors.staff, first.id, {
      ip: "203.0.113.1",
    });
    expect(marked.changed).toBe(true);
    const again = await markNotificationRead(world.db.prisma, world.actors.staff, first.id);
    expect(again.changed).toBe(false);
    expect(
      await world.db.prisma.auditEvent.count({ where: { entityType: "Notification", entityId: first.id } }),
    ).toBe(1);
    expect(await unreadNotificationCount(world.db.prisma, staffId)).toBe(2);
  });

  it("returns the link to follow only when it is same-site", async () => {
    const row = await world.db.prisma.notification.findFirstOrThrow({
      where: { userId: staffId, kind: "submission.returned" },
    });
    expect((await markNotificationRead(world.db.prisma, world.actors.staff, row.id)).link).toBe(
      "/periods/p/submission?org=o",
    );
  });

  it("marks all read for the user only", async () => {
    const before = await unreadNotificationCount(world.db.prisma, approverId);
    const { count } = await markAllNotificationsRead(world.db.prisma, world.actors.staff);
    expect(count).toBe(1);
    expect(await unreadNotificationCount(world.db.prisma, staffId)).toBe(0);
    expect(await unreadNotificationCount(world.db.prisma, approverId)).toBe(before);
    expect((await markAllNotificationsRead(world.db.prisma, world.actors.staff)).count).toBe(0);
  });
});

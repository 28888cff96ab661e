import { AppError } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";
import { auditCsvHeader, auditCsvRows, csvLines, neutralizeFormula, UTF8_BOM } from "./csv";
import { AUDIT_PAGE_SIZE, allAuditEvents, listAuditEvents } from "./data";
import { parseAuditFilter } from "./schema";

let db: TestDatabase;
let admin: SessionActor;
let staff: SessionActor;
let orgId: string;

beforeAll(async () => {
  db = await createTestPostgres("pt_audit_log");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  admin = await actorFor(db.prisma, "admin@kiengiang.example");
  staff = await actorFor(db.prisma, "chuyenvien.stnmt@kiengiang.example");
  orgId = staff.memberships[0]?.organizationId ?? "";
  // 120 events for paging, in id order one second apart; two around a Vietnam midnight; one hostile.
  const start = Date.UTC(2026, 10, 1, 3, 0, 0);
  await db.prisma.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      at: new Date(start + i * 1000),
      actorId: staff.userId,
      actorOrgId: orgId,
      action: "test.page",
      entityType: "TestPaging",
      entityId: `p${i}`,
    })),
  });
  await db.prisma.auditEvent.createMany({
    data: [
      // 23:30 on 27/11 and 00:30 on 28/11, Vietnam time.
      {
        at: new Date("2026-11-27T16:30:00Z"),
        actorId: admin.userId,
        action: "test.day",
        entityType: "TestDay",
        entityId: "late",
      },
      {
        at: new Date("2026-11-27T17:30:00Z"),
        actorId: admin.userId,
        action: "test.day",
        entityType: "TestDay",
        entityId: "early",
      },
      {
        actorId: admin.userId,
        action: "test.hostile",
        entityType: "TestHostile",
        entityId: '=HYPERLINK("http://evil.example","bấm")',
        before: { note: 'a "quoted", value\r\nsecond line' },
        after: { note: "+cmd|' /C calc'!A0" },
      },
    ],
  });
});
afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("listAuditEvents", () => {
  it("pages newest first by keyset, forwards and back, with no row twice or missed", async () => {
    const filter = { entityType: "TestPaging" };
    const first = await listAuditEvents(db.prisma, admin, filter);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]?.entityId).toBe("p119");
    expect(first.newer).toBeNull();
    const second = await listAuditEvents(db.prisma, admin, filter, { after: first.older ?? undefined });
    const third = await listAuditEvents(db.prisma, admin, filter, { after: second.older ?? undefined });
    expect(third.rows).toHaveLength(20);
    expect(third.older).toBeNull();
    const ids = [...first.rows, ...second.rows, ...third.rows].map((row) => row.entityId);
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => `p${119 - i}`));
    const back = await listAuditEvents(db.prisma, admin, filter, { before: third.newer ?? undefined });
    expect(back.rows.map((row) => row.entityId)).toEqual(second.rows.map((row) => row.entityId));
    const front = await listAuditEvents(db.prisma, admin, filter, { before: back.newer ?? undefined });
    expect(front.rows.map((row) => row.entityId)).toEqual(first.rows.map((row) => row.entityId));
    expect(front.newer).toBeNull();
  });

  it("names the actor and the actor's organization", async () => {
    const { rows } = await listAuditEvents(db.prisma, admin, { entityType: "TestPaging", entityId: "p7" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorName: staff.name,
      actorOrgName: staff.memberships[0]?.organization.shortName,
    });
  });

  it("filters by actor, organization, action, entity and Vietnam days", async () => {
    const byActor = await listAuditEvents(db.prisma, admin, { actor: admin.userId, action: "test.day" });
    expect(byActor.rows.map((row) => row.entityId)).toEqual(["early", "late"]);
    const byOrg = await listAuditEvents(db.prisma, admin, { org: orgId, action: "test.day" });
    expect(byOrg.rows).toEqual([]);
    const day28 = parseAuditFilter({ action: "test.day", from: "2026-11-28", to: "2026-11-28" }).filter;
    expect((await listAuditEvents(db.prisma, admin, day28)).rows.map((row) => row.entityId)).toEqual([
      "early",
    ]);
    const day27 = parseAuditFilter({ action: "test.day", to: "2026-11-27" }).filter;
    expect((await listAuditEvents(db.prisma, admin, day27)).rows.map((row) => row.entityId)).toEqual([
      "late",
    ]);
  });

  it("is for administrators only", async () => {
    await expect(listAuditEvents(db.prisma, staff, {})).rejects.toBeInstanceOf(AppError);
  });
});

describe("parseAuditFilter", () => {
  it("drops a malformed filter, keeps the rest and says why in Vietnamese", () => {
    const { filter, errors } = parseAuditFilter({
      action: "test.day",
      from: "2026-02-31",
      entityType: "x;drop",
    });
    expect(filter).toEqual({ action: "test.day" });
    expect(errors.map((error) => error.field).sort()).toEqual(["entityType", "from"]);
    expect(errors.find((error) => error.field === "from")?.message).toBe("Ngày không có trên lịch.");
    expect(parseAuditFilter({ from: "2026-11-28", to: "2026-11-01" }).errors[0]?.field).toBe("to");
  });
});

describe("CSV", () => {
  it("quotes quotes, commas and line breaks (RFC 4180) and defuses formulas", () => {
    expect(csvLines([["a", 'say "hi", ok', "two\r\nlines", "plain"]])).toBe(
      'a,"say ""hi"", ok","two\r\nlines",plain\r\n',
    );
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutralizeFormula("Sở TN&MT")).toBe("Sở TN&MT");
  });

  it("exports every matching event in batches, hostile values made safe", async () => {
    const batches: string[] = [];
    for await (const rows of allAuditEvents(db.prisma, admin, { entityType: "TestPaging" }, 45)) {
      batches.push(auditCsvRows(rows));
    }
    expect(batches).toHaveLength(3);
    expect(batches.join("").split("\r\n").filter(Boolean)).toHaveLength(120);

    const [hostile] = await (await allAuditEvents(db.prisma, admin, { entityType: "TestHostile" }).next())
      .value;
    const line = auditCsvRows([hostile]);
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example"",""bấm"")",`);
    expect(line).toContain(`"{""note"":""a \\""quoted\\"", value\\r\\nsecond line""}"`);
    // A JSON cell starts with "{": not a formula, left as it is.
    expect(line).toContain(`"{""note"":""+cmd|' /C calc'!A0""}"`);
    expect(
      UTF8_BOM +
        auditCsvHeader({
          id: "Số",
          at: "Lúc",
          actor: "Người",
          actorEmail: "E",
          organization: "Cơ quan",
          action: "A",
          entityType: "T",
          entityId: "I",
          planId: "P",
          before: "B",
          after: "S",
          ip: "IP",
          userAgent: "UA",
        }),
    ).toBe("\uFEFFSố,Lúc,Người,E,Cơ quan,A,T,I,P,B,S,IP,UA\r\n");
  });

  it("refuses anyone but an administrator", async () => {
    await expect(allAuditEvents(db.prisma, staff, {}).next()).rejects.toBeInstanceOf(AppError);
  });
});

/**
 * Shared set-up of the hostile-input integration tests: a throwaway database seeded with plan 182 and the
 * demo accounts, the app's own client pointed at it, and a second plan (a task of another plan is one
 * of the tampered ids the tests send).
 */
import { searchKey } from "@plan-tracker/core";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient } from "@/testing/integration";

export interface HostileWorld {
  db: TestDatabase;
  actorFor(email: string): Promise<SessionActor>;
  orgId(code: string): Promise<string>;
  close(): Promise<void>;
}

export async function openHostileWorld(name: string): Promise<HostileWorld> {
  const db = await createTestPostgres(name);
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  return {
    db,
    actorFor: (email) => actorFor(db.prisma, email),
    async orgId(code) {
      return (await db.prisma.organization.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
    },
    async close() {
      await closeAppClient();
      await db.destroy();
    },
  };
}

/** A small plan of its own with one task led by STNMT, whose text carries the given content. */
export async function createOtherPlan(
  world: HostileWorld,
  content: string,
): Promise<{ planId: string; taskId: string }> {
  const { prisma } = world.db;
  const stnmt = await world.orgId("STNMT");
  const issuer = await world.orgId("UBND-KG");
  const plan = await prisma.plan.create({
    data: {
      number: "999",
      symbol: "999/KH-UBND",
      issuedOn: new Date("2030-01-02T00:00:00Z"),
      place: "Kiên Giang",
      issuerId: issuer,
      signerName: "Người ký",
      signerTitle: "Chủ tịch",
      title: "Kế hoạch thử đầu vào độc hại",
      focalOrganizationId: stnmt,
      validFromYear: 2030,
      validToYear: 2031,
      reportDueDay: 5,
      reportDueMonth: 12,
      searchKey: searchKey("Kế hoạch thử đầu vào độc hại"),
    },
  });
  const section = await prisma.section.create({
    data: {
      planId: plan.id,
      code: "I",
      number: "I",
      heading: "Nhiệm vụ",
      order: 0,
      depth: 0,
      searchKey: "nhiem vu",
    },
  });
  const task = await prisma.task.create({
    data: {
      planId: plan.id,
      sectionId: section.id,
      code: "I.1",
      content,
      order: 0,
      leadOrganizationId: stnmt,
      kind: "CONTINUOUS",
      searchKey: searchKey(content),
    },
  });
  return { planId: plan.id, taskId: task.id };
}

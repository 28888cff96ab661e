import { PrismaClient } from "@plan-tracker/db";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingClient, queryCountTotal, statementsOf, withQueryCounting } from "./query-count";

let db: TestDatabase;
let counting: ReturnType<typeof countingClient>;

beforeAll(async () => {
  db = await createTestPostgres("pt_querycount");
  counting = countingClient(db);
}, 60_000);

afterAll(async () => {
  await counting?.prisma.$disconnect();
  await db?.destroy();
});

describe("query counting", () => {
  it("counts each statement a counting client sends", async () => {
    const { queries } = await statementsOf(counting, async () => {
      await counting.prisma.user.findMany({ take: 1 });
      await counting.prisma.organization.count();
    });
    expect(queries).toBe(2);
  });

  it("counts a transaction's BEGIN and COMMIT with the statements inside", async () => {
    const { queries } = await statementsOf(counting, () =>
      counting.prisma.$transaction(async (tx) => {
        await tx.user.count();
        await tx.organization.count();
      }),
    );
    expect(queries).toBe(4);
  });

  it("counts the server's client into the process total with BENCH_QUERY_COUNT=1, the same way", async () => {
    process.env.BENCH_QUERY_COUNT = "1";
    const counted = new PrismaClient({ adapter: withQueryCounting(db.adapterFactory) });
    try {
      const before = queryCountTotal();
      await counted.$transaction(async (tx) => {
        await tx.user.count();
        await tx.organization.count();
      });
      expect(queryCountTotal() - before).toBe(4);
    } finally {
      delete process.env.BENCH_QUERY_COUNT;
      await counted.$disconnect();
    }
  });

  it("wraps nothing when counting is off", () => {
    delete process.env.BENCH_QUERY_COUNT;
    expect(withQueryCounting(db.adapterFactory)).toBe(db.adapterFactory);
  });
});

import { PrismaClient } from "@plan-tracker/db";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries, queryCountTotal, withQueryCounting } from "./query-count";

let db: TestDatabase;
let counted: PrismaClient;

beforeAll(async () => {
  db = await createTestPostgres("pt_querycount");
  process.env.BENCH_QUERY_COUNT = "1";
  counted = new PrismaClient({ adapter: withQueryCounting(db.adapterFactory) });
}, 60_000);

afterAll(async () => {
  delete process.env.BENCH_QUERY_COUNT;
  await counted?.$disconnect();
  await db?.destroy();
});

describe("query counting", () => {
  it("counts each statement sent, per async context and in the process total", async () => {
    const before = queryCountTotal();
    const { queries } = await countQueries(async () => {
      await counted.user.findMany({ take: 1 });
      await counted.organization.count();
    });
    expect(queries).toBe(2);
    expect(queryCountTotal() - before).toBe(2);
  });

  it("counts a transaction's BEGIN and COMMIT with the statements inside", async () => {
    const { queries } = await countQueries(() =>
      counted.$transaction(async (tx) => {
        await tx.user.count();
        await tx.organization.count();
      }),
    );
    expect(queries).toBe(4);
  });

  it("wraps nothing when counting is off", () => {
    delete process.env.BENCH_QUERY_COUNT;
    expect(withQueryCounting(db.adapterFactory)).toBe(db.adapterFactory);
    process.env.BENCH_QUERY_COUNT = "1";
  });
});

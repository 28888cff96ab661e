import type { Database } from "@plan-tracker/db";
import { deployMigrations, migrationAdapterFor } from "@plan-tracker/db/migrate";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { plan182 } from "@plan-tracker/prisma/data/plan-182";
import { seedDemoAccounts } from "@plan-tracker/prisma/demo-accounts";
import { seedDemoProgress } from "@plan-tracker/prisma/demo-progress";
import { DEMO_OPEN_YEAR } from "@plan-tracker/prisma/demo-progress/types";
import { seedOrganizations } from "@plan-tracker/prisma/seed-organizations";
import { seedPlan } from "@plan-tracker/prisma/seed-plan";
import { seedDemoPlans } from "./demo-plans";

export interface SetupOptions {
  demo: boolean;
  log?: (line: string) => void;
}

/**
 * Migrations, then the plan and its organizations; with demo, the demo accounts, demo progress and the
 * demo's other plans (imported, their 2026 periods open). Idempotent.
 */
export async function setupDatabase(
  db: Database,
  { demo, log = () => {} }: SetupOptions,
): Promise<{ planId: string }> {
  const applied = await deployMigrations(migrationAdapterFor(db));
  log(applied.length ? `Migrations: ${applied.join(", ")}` : "Migrations: đã cập nhật");
  const orgIds = await seedOrganizations(db.prisma, organizations);
  log(`Cơ quan: ${orgIds.size}`);
  const planId = await seedPlan(db.prisma, plan182, orgIds);
  log(`Kế hoạch ${plan182.symbol}: ${plan182.tasks.length} nhiệm vụ`);
  if (demo) {
    await seedDemoAccounts(db.prisma, orgIds);
    log("Tài khoản demo: đã tạo (xem README)");
    const progress = await seedDemoProgress(db.prisma, planId);
    log(
      progress.seeded.length
        ? `Tiến độ minh họa: kỳ ${progress.seeded.join(", ")} (${progress.updates} cập nhật, ${progress.submissions} báo cáo của cơ quan)`
        : "Tiến độ minh họa: đã có, giữ nguyên",
    );
    const others = await seedDemoPlans(db.prisma);
    log(
      others.created.length
        ? `Kế hoạch minh họa: ${others.created.join(", ")} (kỳ ${DEMO_OPEN_YEAR} đang mở, ${others.updates} cập nhật)`
        : `Kế hoạch minh họa: đã có (${others.skipped.join(", ")}), giữ nguyên`,
    );
  }
  return { planId };
}

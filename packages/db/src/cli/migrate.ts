/**
 * Usage: pnpm db:migrate deploy | status | create <name>
 * Targets DATABASE_URL, or the embedded database when it is unset.
 */
import { createDatabase } from "../client";
import { createMigration, deployMigrations, migrationStatus, pendingSchemaSql } from "../migrate";
import { migrationAdapterFor } from "../migrate/adapter-for";

const [command = "status", ...rest] = process.argv.slice(2).filter((a) => a !== "--");

async function main(): Promise<number> {
  if (command === "create") {
    const name = rest[0];
    if (!name) {
      console.error("Cần tên migration: pnpm db:migrate create <tên>");
      return 2;
    }
    const dir = await createMigration(name);
    console.log(
      dir ? `Đã tạo ${dir}. Hãy đọc lại SQL trước khi commit.` : "Lược đồ không đổi: không có migration mới.",
    );
    return 0;
  }
  if (command === "diff") {
    const sql = await pendingSchemaSql();
    process.stdout.write(sql || "-- no changes\n");
    return sql ? 1 : 0;
  }
  const db = createDatabase();
  try {
    if (command === "deploy") {
      const applied = await deployMigrations(migrationAdapterFor(db));
      console.log(
        applied.length ? `Đã áp dụng: ${applied.join(", ")}` : "Không có migration nào cần áp dụng.",
      );
      return 0;
    }
    if (command === "status") {
      const status = await migrationStatus(migrationAdapterFor(db));
      console.log(JSON.stringify(status, null, 2));
      return status.unapplied.length || status.failed.length || status.diverged ? 1 : 0;
    }
    console.error(`Lệnh không hợp lệ: ${command}. Dùng deploy | status | create <tên> | diff`);
    return 2;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

/** pnpm db:restore FILE [--force]: into DATABASE_URL (pg_restore) or the embedded database (PGlite tarball). */
import { existsSync } from "node:fs";
import { restoreEmbedded } from "../backup/embedded";
import { backupFormatOf } from "../backup/format";
import { restorePostgres } from "../backup/postgres";
import { currentTarget, fromCaller } from "../backup/target";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const given = args.find((a) => !a.startsWith("--"));
  if (!given) throw new Error("Cách dùng: pnpm db:restore TỆP [--force]");
  const file = fromCaller(given);
  if (!existsSync(file)) throw new Error(`Không có tệp ${file}.`);
  const target = currentTarget();
  const format = backupFormatOf(file);
  if (format !== target.kind)
    throw new Error(
      format === "postgres"
        ? "Đây là bản sao lưu PostgreSQL: đặt DATABASE_URL tới cơ sở dữ liệu cần khôi phục."
        : "Đây là bản sao lưu của cơ sở dữ liệu nhúng: bỏ DATABASE_URL để khôi phục vào thư mục nhúng (PGLITE_DIR).",
    );
  const started = performance.now();
  if (target.kind === "postgres") await restorePostgres(target.url, file, { force });
  else {
    const { movedAside } = await restoreEmbedded(target.dataDir, file, { force });
    if (movedAside) console.log(`Dữ liệu cũ đã được chuyển sang ${movedAside}`);
  }
  console.log(
    `Đã khôi phục ${file} → ${target.label} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error) => {
  console.error(`Khôi phục thất bại: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

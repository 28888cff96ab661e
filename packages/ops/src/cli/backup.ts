/** pnpm db:backup [FILE]: PostgreSQL (DATABASE_URL) with pg_dump, custom format; else the embedded database. */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { backupEmbedded } from "../backup/embedded";
import { backupPostgres } from "../backup/postgres";
import { currentTarget, defaultBackupFile, fromCaller } from "../backup/target";

async function main(): Promise<void> {
  const target = currentTarget();
  const given = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const file = given ? fromCaller(given) : defaultBackupFile(target);
  mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  if (target.kind === "postgres") await backupPostgres(target.url, file);
  else await backupEmbedded(target.dataDir, file);
  const mib = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(
    `Đã sao lưu ${target.label} → ${file} (${mib} MiB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error) => {
  console.error(`Sao lưu thất bại: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

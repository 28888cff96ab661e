import { closeSync, openSync, readSync } from "node:fs";

export type BackupFormat = "postgres" | "embedded";

/** pg_dump's custom format starts with "PGDMP"; PGlite's dump is a gzip tarball (1f 8b). */
export function backupFormatOf(file: string): BackupFormat {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "postgres";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  throw new Error(
    `${file} không phải bản sao lưu của Plan Tracker (pg_dump dạng custom hoặc tarball PGlite).`,
  );
}

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { backupFormatOf } from "./format";
import { defaultBackupFile } from "./target";

const work = mkdtempSync(path.join(os.tmpdir(), "pt-format-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: Buffer): string {
  const at = path.join(work, name);
  writeFileSync(at, content);
  return at;
}

describe("backupFormatOf", () => {
  it("tells pg_dump's custom format from PGlite's gzip tarball by their first bytes", () => {
    expect(backupFormatOf(file("a.dump", Buffer.from("PGDMP\x01\x0e\x00", "latin1")))).toBe("postgres");
    expect(backupFormatOf(file("b.tar.gz", gzipSync(Buffer.from("tar"))))).toBe("embedded");
  });

  it("refuses anything else, naming the file", () => {
    const other = file("notes.txt", Buffer.from("hello"));
    expect(() => backupFormatOf(other)).toThrow(/notes\.txt không phải bản sao lưu/);
  });
});

describe("defaultBackupFile", () => {
  it("names a PostgreSQL backup after its database and an embedded one as such, under backups/", () => {
    const pg = defaultBackupFile({ kind: "postgres", url: "postgresql://u@h:5432/kh_182", label: "" });
    expect(pg).toMatch(/backups\/plan-tracker-kh_182-\d{4}-\d\d-\d\dT[\d-]+Z\.dump$/);
    const embedded = defaultBackupFile({ kind: "embedded", dataDir: "/x", label: "" });
    expect(embedded).toMatch(/backups\/plan-tracker-embedded-[\dT-]+Z\.tar\.gz$/);
  });
});

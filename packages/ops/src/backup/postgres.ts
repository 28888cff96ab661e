import { spawn } from "node:child_process";
import { Client } from "pg";

/** Runs a PostgreSQL client tool; rejects with its stderr when it fails. */
function tool(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString("utf8");
    });
    child.on("error", (error) =>
      reject(
        new Error(
          `${command} không chạy được (${error.message}): cài gói postgresql-client cùng phiên bản máy chủ.`,
        ),
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} thất bại (mã ${code}):\n${err.trim()}`)),
    );
  });
}

const major = (version: string) => Number(/(\d+)/.exec(version)?.[1] ?? 0);

/** pg_dump must be at least the server's major version, or it refuses (or, older, misses objects). */
export async function checkToolVersion(url: string, command: "pg_dump" | "pg_restore"): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let server: string;
  try {
    server =
      (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "";
  } finally {
    await client.end();
  }
  const local = await tool(command, ["--version"]);
  const localMajor = major(local.replace(/^[^\d]*/, ""));
  if (localMajor < major(server))
    throw new Error(
      `${command} ${localMajor} cũ hơn máy chủ PostgreSQL ${server}: cài postgresql-client-${major(server)} rồi chạy lại.`,
    );
}

/** True when the database has any table of its own in the public schema. */
export async function postgresHasData(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** pg_dump in the custom format (compressed, restorable table by table with pg_restore). */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await checkToolVersion(url, "pg_dump");
  await tool("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    `--dbname=${url}`,
  ]);
}

/**
 * pg_restore into `url` in one transaction (all or nothing). A database that already has tables is
 * refused unless `force`, which drops the objects of the backup first (--clean --if-exists).
 */
export async function restorePostgres(url: string, file: string, { force = false } = {}): Promise<void> {
  await checkToolVersion(url, "pg_restore");
  if (!force && (await postgresHasData(url)))
    throw new Error(
      "Cơ sở dữ liệu đích đã có dữ liệu: không khôi phục đè. Dùng một cơ sở dữ liệu trống, hoặc thêm --force để xóa và thay bằng bản sao lưu.",
    );
  await tool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    ...(force ? ["--clean", "--if-exists"] : []),
    `--dbname=${url}`,
    file,
  ]);
}

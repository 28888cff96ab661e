import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite corrupts its folder when two processes open it, and says nothing. A lock file holding the
 * owner's pid refuses the second process with a message a person can act on; a lock left by a dead
 * process is taken over.
 */
export function acquireEmbeddedLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "plan-tracker.lock");
  const holder = readHolder(lockPath);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `Cơ sở dữ liệu nhúng ở ${dataDir} đang được tiến trình ${holder} sử dụng. ` +
        "Hãy dừng ứng dụng (pnpm start / pnpm dev) trước khi chạy lệnh này, hoặc đặt DATABASE_URL để dùng PostgreSQL.",
    );
  }
  writeFileSync(lockPath, String(process.pid));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
  };
  process.once("exit", release);
  return release;
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

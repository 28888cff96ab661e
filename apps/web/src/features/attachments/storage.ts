import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Local-disk storage of evidence files, content-addressed by SHA-256 (the same file uploaded twice is
 * stored once). UPLOAD_DIR is set by next.config.ts (default <repo>/.data/uploads). S3-compatible
 * storage is the planned alternative behind the same two functions.
 */
function uploadDir(): string {
  const dir = process.env.UPLOAD_DIR;
  if (!dir) throw new Error("UPLOAD_DIR is not set");
  return dir;
}

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

function pathOf(storageKey: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error("invalid storage key");
  return path.join(uploadDir(), storageKey);
}

export async function storeFile(content: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const sha256 = sha256Of(content);
  const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
  const target = pathOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  // Write then rename: a reader never sees half a file.
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, target);
  return { storageKey, sha256 };
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

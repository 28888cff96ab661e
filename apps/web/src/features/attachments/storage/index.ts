import "server-only";
import { createHash } from "node:crypto";
import type { StorageBackend, StoredFile } from "./backend";
import { readStorageConfig } from "./config";
import { localBackend } from "./local";
import { s3Backend } from "./s3";

/**
 * Evidence and report files, content-addressed by SHA-256 (the same file uploaded twice is stored once),
 * on local disk (UPLOAD_DIR, set by next.config.ts) or in an S3-compatible bucket (STORAGE=s3 or S3_BUCKET
 * set; see docs/operations.md). The configuration is checked at first use, so a node with a broken one
 * fails on its first upload or download with the name of the missing variable.
 */
export { StoredFileMissingError } from "./backend";

let backend: StorageBackend | undefined;

function storage(): StorageBackend {
  if (!backend) {
    const config = readStorageConfig();
    backend = config.kind === "s3" ? s3Backend(config.s3) : localBackend(config.uploadDir);
  }
  return backend;
}

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

function checkedKey(storageKey: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error("invalid storage key");
  return storageKey;
}

export async function storeFile(content: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const sha256 = sha256Of(content);
  const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
  await storage().putIfAbsent(storageKey, content);
  return { storageKey, sha256 };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return storage().read(checkedKey(storageKey));
}

/** The file as a stream, for downloads: a large file is not held in memory. */
export async function openStoredFile(storageKey: string): Promise<StoredFile> {
  return storage().open(checkedKey(storageKey));
}

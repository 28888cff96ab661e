import type { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real S3-compatible server (s3rver, files in a temporary folder) on a free port, spoken to by the real
// AWS client through the app's own storage functions.
const bucket = "plan-tracker-test";
const folder = mkdtempSync(path.join(tmpdir(), "pt-s3-"));
const server = new S3rver({
  port: 0,
  address: "127.0.0.1",
  directory: folder,
  silent: true,
  configureBuckets: [{ name: bucket, configs: [] }],
});
const puts: string[] = [];
// s3rver is a Koa application, so an EventEmitter; it emits S3's own event notifications (its types omit it).
type S3Event = { Records: { eventName: string; s3: { object: { key: string } } }[] };
(server as unknown as EventEmitter).on("event", (event: S3Event) => {
  for (const record of event.Records)
    if (record.eventName.startsWith("ObjectCreated")) puts.push(record.s3.object.key);
});

let storage: typeof import("./index");

beforeAll(async () => {
  const { port } = await server.run();
  Object.assign(process.env, {
    STORAGE: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "us-east-1",
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  });
  storage = await import("./index");
});

afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  // Node's web ReadableStream is async-iterable; the DOM lib's type does not say so (not a JSON column).
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("attachments on S3-compatible storage", () => {
  // Every byte value, and large enough to arrive in several chunks.
  const content = new Uint8Array(300_000).map((_, index) => (index * 7919) % 256);

  it("stores a file under its SHA-256 and reads back the same bytes, whole and streamed", async () => {
    const stored = await storage.storeFile(content);
    expect(stored.storageKey).toBe(`${stored.sha256.slice(0, 2)}/${stored.sha256}`);
    expect(stored.sha256).toBe(storage.sha256Of(content));
    expect(puts).toEqual([stored.storageKey]);

    const whole = await storage.readStoredFile(stored.storageKey);
    expect(Buffer.compare(whole, Buffer.from(content))).toBe(0);
    const opened = await storage.openStoredFile(stored.storageKey);
    expect(opened.size).toBe(content.byteLength);
    expect(Buffer.compare(await readAll(opened.body), Buffer.from(content))).toBe(0);
  });

  it("does not upload the same content twice", async () => {
    const before = puts.length;
    const again = await storage.storeFile(content.slice());
    expect(again.sha256).toBe(storage.sha256Of(content));
    expect(puts.length).toBe(before);

    const other = await storage.storeFile(new TextEncoder().encode("Báo cáo số 12/BC-STNMT"));
    expect(puts.length).toBe(before + 1);
    expect(puts.at(-1)).toBe(other.storageKey);
  });

  it("names the missing object and the bucket when a row points at nothing", async () => {
    const absent = `ab/${"ab".repeat(32)}`;
    await expect(storage.readStoredFile(absent)).rejects.toThrow(
      new storage.StoredFileMissingError(absent, `bucket ${bucket} at ${process.env.S3_ENDPOINT}`),
    );
    await expect(storage.openStoredFile(absent)).rejects.toBeInstanceOf(storage.StoredFileMissingError);
  });

  it("refuses a key that is not a content address", async () => {
    await expect(storage.readStoredFile("../etc/passwd")).rejects.toThrow("invalid storage key");
  });
});

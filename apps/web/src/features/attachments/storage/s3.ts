import {
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { type StorageBackend, type StoredFile, StoredFileMissingError } from "./backend";
import type { S3Config } from "./config";

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
  );
}

function isForbidden(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 403;
}

/** Objects in one bucket of any S3-compatible store (AWS, MinIO, Ceph, a provider's object storage). */
export function s3Backend(config: S3Config): StorageBackend {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
  });
  const where = `bucket ${config.bucket}${config.endpoint ? ` at ${config.endpoint}` : ""}`;

  async function get(key: string) {
    try {
      return await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
    } catch (error) {
      if (isMissing(error)) throw new StoredFileMissingError(key, where);
      throw error;
    }
  }

  return {
    async putIfAbsent(key, content) {
      // Content-addressed: an existing key already holds these bytes, so the upload is skipped.
      try {
        await client.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }));
        return;
      } catch (error) {
        // Without s3:ListBucket, AWS answers a HEAD of a missing key with 403, not 404: upload then too
        // (a key that may not write fails on the PUT with its own error).
        if (!isMissing(error) && !isForbidden(error)) throw error;
      }
      await client.send(
        new PutObjectCommand({
          Bucket: config.bucket,
          Key: key,
          Body: content,
          ContentLength: content.byteLength,
          ContentType: "application/octet-stream",
        }),
      );
    },
    async read(key) {
      const object = await get(key);
      if (!object.Body) throw new StoredFileMissingError(key, where);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    async open(key): Promise<StoredFile> {
      const object = await get(key);
      if (!object.Body) throw new StoredFileMissingError(key, where);
      return {
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        size: object.ContentLength ?? 0,
      };
    },
  };
}

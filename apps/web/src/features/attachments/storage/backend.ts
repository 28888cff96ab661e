/** What a store of content-addressed attachment files does; local disk and S3 each implement it. */
export type StoredFile = { body: ReadableStream<Uint8Array>; size: number };

export interface StorageBackend {
  /** Stores the bytes under the key unless an object with that key is already there (same key = same bytes). */
  putIfAbsent(key: string, content: Uint8Array): Promise<void>;
  read(key: string): Promise<Buffer>;
  open(key: string): Promise<StoredFile>;
}

/**
 * A row names a file the store does not have: lost on a restore without the uploads, a wrong bucket, or a
 * node configured with another store than the one that received the upload.
 */
export class StoredFileMissingError extends Error {
  constructor(
    readonly storageKey: string,
    where: string,
  ) {
    super(`Attachment ${storageKey} is missing from ${where}`);
    this.name = "StoredFileMissingError";
  }
}

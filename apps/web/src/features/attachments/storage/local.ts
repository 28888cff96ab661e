import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { type StorageBackend, type StoredFile, StoredFileMissingError } from "./backend";

/** Files on this node's disk (UPLOAD_DIR): one node, or several sharing one mounted folder. */
export function localBackend(uploadDir: string): StorageBackend {
  const pathOf = (key: string) => path.join(uploadDir, key);

  async function missingAsError<T>(key: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        throw new StoredFileMissingError(key, uploadDir);
      throw error;
    }
  }

  return {
    async putIfAbsent(key, content) {
      const target = pathOf(key);
      const existing = await stat(target).catch(() => null);
      if (existing?.size === content.byteLength) return;
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a reader never sees half a file.
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, target);
    },
    read: (key) => missingAsError(key, () => readFile(pathOf(key))),
    open: (key) =>
      missingAsError(key, async (): Promise<StoredFile> => {
        const { size } = await stat(pathOf(key));
        const body = Readable.toWeb(createReadStream(pathOf(key))) as ReadableStream<Uint8Array>;
        return { body, size };
      }),
  };
}

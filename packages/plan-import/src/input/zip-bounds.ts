/**
 * Bounds a DOCX (a zip) before mammoth opens it. mammoth (through JSZip) inflates every part it reads into
 * memory, so a "zip bomb" — a 300 KB upload whose word/document.xml inflates to hundreds of MB — would
 * take the server's memory and seconds of CPU. Here the central directory is read first (declared sizes:
 * an honest bomb is refused without inflating anything), then every entry is inflated as a stream that
 * only counts bytes and stops at the budget (a bomb that lies about its sizes is refused after at most
 * the budget, holding one chunk in memory at a time).
 */

import { createInflateRaw } from "node:zlib";

/** All parts of a DOCX together, unzipped. A long plan with its tables is a few MB of XML; images add their own size. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** A Word document has tens of parts; thousands is not a document. */
export const MAX_ZIP_ENTRIES = 5000;

export type ZipVerdict = "ok" | "too-large" | "unreadable";

interface Entry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export async function checkZipBounds(
  bytes: Uint8Array,
  maxUnzipped: number = MAX_UNZIPPED_BYTES,
): Promise<ZipVerdict> {
  const entries = centralDirectory(bytes);
  if (entries === null) return "unreadable";
  if (entries.length > MAX_ZIP_ENTRIES) return "too-large";
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxUnzipped) return "too-large";
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const start = dataStart(view, entry.localHeaderOffset);
    if (start === null || start + entry.compressedSize > view.length) return "unreadable";
    const data = view.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      const size = await inflatedSize(data, maxUnzipped - total);
      if (size === "unreadable") return "unreadable";
      if (size === "over") return "too-large";
      total += size;
    } else return "unreadable";
    if (total > maxUnzipped) return "too-large";
  }
  return "ok";
}

function centralDirectory(view: Uint8Array): Entry[] | null {
  const buf = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  // The end record is the last 22 bytes plus a comment of at most 65535 bytes.
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: no Word document needs them; refusing is simpler than trusting a second directory.
  if (count === 0xffff || offset === 0xffffffff) return null;
  const entries: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return null;
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize,
      uncompressedSize,
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

function dataStart(buf: Buffer, offset: number): number | null {
  if (offset + 30 > buf.length || buf.readUInt32LE(offset) !== LOCAL) return null;
  return offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
}

/** Inflated length of one entry, counting chunks as they come and stopping past the budget. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number | "over" | "unreadable"> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    const settle = (value: number | "over" | "unreadable") => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        settle("over");
        inflate.destroy();
      }
    });
    inflate.on("end", () => settle(total));
    inflate.on("error", () => settle("unreadable"));
    inflate.end(data);
  });
}

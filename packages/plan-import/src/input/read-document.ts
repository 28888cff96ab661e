/**
 * Any upload → DocumentLines, choosing the reader by content, not by the file name: a ".docx" that is a
 * PDF is a PDF. Size is checked first so a huge file is refused before it is unzipped.
 */

import { DEFAULT_MAX_BYTES, importError, type Result } from "../errors";
import type { DocumentLines, SourceFormat } from "./lines";
import { readDocx } from "./read-docx";
import { readMarkdown } from "./read-markdown";
import { readText } from "./read-text";
import { checkZipBounds } from "./zip-bounds";

export interface ReadOptions {
  /** Used only to tell Markdown from plain text ("plan.md"). */
  fileName?: string;
  /** Force a reader (pasted text is "text" or "markdown"). */
  format?: SourceFormat;
  maxBytes?: number;
}

type Sniffed = "pdf" | "zip" | "ole" | "image" | "text" | "binary";

export function sniff(bytes: Uint8Array): Sniffed {
  const head = Array.from(bytes.subarray(0, 8));
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "zip";
  // "%PDF" may follow a few bytes of junk; readers accept it anywhere in the first 1024 bytes.
  if (Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-")) return "pdf";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "ole";
  if (
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0xff, 0xd8, 0xff) ||
    starts(0x49, 0x49, 0x2a) ||
    starts(0x4d, 0x4d, 0x00, 0x2a)
  ) {
    return "image";
  }
  return bytes.subarray(0, 4096).includes(0) ? "binary" : "text";
}

export async function readDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<Result<DocumentLines>> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > limit)
    return { ok: false, error: importError("TOO_LARGE", { size: bytes.byteLength, limit }) };
  if (bytes.byteLength === 0) return { ok: false, error: importError("EMPTY") };
  const kind = sniff(bytes);
  if (kind === "pdf") return { ok: false, error: importError("PDF_NOT_SUPPORTED") };
  if (kind === "image") return { ok: false, error: importError("IMAGE_NOT_SUPPORTED") };
  if (kind === "ole") return { ok: false, error: importError("LEGACY_DOC") };
  if (kind === "binary") return { ok: false, error: importError("UNREADABLE") };
  let doc: DocumentLines;
  if (kind === "zip") {
    // Before mammoth inflates it: a zip bomb is refused with bounded memory.
    const bounds = await checkZipBounds(bytes);
    if (bounds === "too-large") return { ok: false, error: importError("UNZIPPED_TOO_LARGE") };
    if (bounds === "unreadable") return { ok: false, error: importError("UNREADABLE") };
    try {
      doc = await readDocx(bytes);
    } catch {
      return { ok: false, error: importError("UNREADABLE") };
    }
  } else {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
    } catch {
      return { ok: false, error: importError("UNREADABLE") };
    }
    return readTextDocument(text, options);
  }
  return doc.lines.length === 0 ? { ok: false, error: importError("EMPTY") } : { ok: true, value: doc };
}

/** Pasted or decoded text: Markdown when named so or when it looks like Markdown, plain text otherwise. */
export function readTextDocument(text: string, options: ReadOptions = {}): Result<DocumentLines> {
  const format = options.format ?? (isMarkdown(text, options.fileName) ? "markdown" : "text");
  const doc = format === "markdown" ? readMarkdown(text) : readText(text);
  return doc.lines.length === 0 ? { ok: false, error: importError("EMPTY") } : { ok: true, value: doc };
}

function isMarkdown(text: string, fileName?: string): boolean {
  if (fileName) return /\.(md|markdown)$/i.test(fileName);
  return /^\s{0,3}#{1,6}\s|\*\*\S/m.test(text);
}

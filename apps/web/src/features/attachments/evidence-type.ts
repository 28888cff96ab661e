import { fileTypeFromBuffer } from "file-type";

/** The evidence formats accepted, by the type their content shows (never by the file name). */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/** The sniffed MIME type of an accepted evidence file, or null (an .exe named report.pdf is null). */
export async function detectEvidenceType(content: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && detected.mime in EVIDENCE_TYPES ? detected.mime : null;
}

/**
 * A file name safe to store and to send back: no path, no control characters, no invisible format
 * characters (a right-to-left override makes "hoso\u202Efdp.exe" display as "hosoexe.pdf"), bounded length
 * without cutting a character in half. It is only ever a display name: storage uses the content's hash.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .trim();
  return Array.from(cleaned || "tep-dinh-kem")
    .slice(0, 200)
    .join("");
}

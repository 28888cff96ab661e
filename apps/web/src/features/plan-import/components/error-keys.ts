import type { ActionError } from "@/server/action-result";
import type { UploadErrorCode } from "../schema";

const SHOWN_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INTERNAL"] as const;

/** A refused upload as the form shows it: a key under `planImport.errors`, and the file's size if known. */
export function uploadFailure(error: ActionError<string, unknown>): {
  error: UploadErrorCode;
  sizeMb?: number;
} {
  const size = error.params?.size;
  const key: UploadErrorCode = error.reason
    ? (error.reason as UploadErrorCode)
    : error.fieldErrors?.text === "TEXT_TOO_LONG"
      ? "TEXT_TOO_LONG"
      : error.error === "VALIDATION"
        ? "NO_INPUT"
        : (SHOWN_CODES as readonly string[]).includes(error.error)
          ? (error.error as UploadErrorCode)
          : "INTERNAL";
  return { error: key, ...(typeof size === "number" ? { sizeMb: size } : {}) };
}

const WRITE_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "INTERNAL"] as const;
export type WriteErrorKey =
  | (typeof WRITE_CODES)[number]
  | "DRAFT_USED"
  | "PLAN_EXISTS"
  | "NOT_READY"
  | "PLAN_NOT_FOUND";

/** A refused create or re-import as a key under `planImport.writeErrors`. */
export function writeErrorKey(error: ActionError<string, unknown>): WriteErrorKey {
  if (error.reason) return error.reason as WriteErrorKey;
  return (WRITE_CODES as readonly string[]).includes(error.error)
    ? (error.error as WriteErrorKey)
    : "INTERNAL";
}

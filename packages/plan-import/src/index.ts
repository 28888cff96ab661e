/**
 * @plan-tracker/plan-import: a plan document (DOCX, text, Markdown, pasted) → a parsed plan for review.
 * `importPlan` reads and parses an upload; the readers and `parsePlan` are exported for callers that
 * already hold text.
 */

import type { Result } from "./errors";
import { type ReadOptions, readDocument, readTextDocument } from "./input/read-document";
import { type ParseOptions, parsePlan } from "./parse-plan";
import type { ParsedPlan } from "./schema";

export {
  DEFAULT_MAX_BYTES,
  IMPORT_ERROR_CODES,
  type ImportError,
  type ImportErrorCode,
  type Result,
} from "./errors";
export { readHeader } from "./header";
export type { DocLine, DocTable, DocumentLines, SourceFormat } from "./input/lines";
export { type ReadOptions, readDocument, readTextDocument, sniff } from "./input/read-document";
export { readDocx } from "./input/read-docx";
export { readMarkdown } from "./input/read-markdown";
export { readText } from "./input/read-text";
export { type Marker, readMarker, VIETNAMESE_LETTERS } from "./numbering";
export {
  type DirectoryOrganization,
  matchOrganization,
  type OrganizationMatch,
  organizationKey,
  proposeOrganization,
} from "./organizations";
export { type ParseOptions, parsePlan } from "./parse-plan";
export * from "./schema";
export { findTimePhrases, summariseTime } from "./time";
export { buildTree, type Tree, type TreeNode } from "./tree";

/** An uploaded file: size and type checked, read by content, parsed. */
export async function importPlan(
  bytes: Uint8Array,
  options: ParseOptions & ReadOptions,
): Promise<Result<ParsedPlan>> {
  const read = await readDocument(bytes, options);
  return read.ok ? parsePlan(read.value, options) : read;
}

/** Pasted text (plain or Markdown). */
export function importPlanText(text: string, options: ParseOptions & ReadOptions): Result<ParsedPlan> {
  const read = readTextDocument(text, options);
  return read.ok ? parsePlan(read.value, options) : read;
}

import { createHash } from "node:crypto";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";

/** Names the shape of a snapshot's content, so a reader can tell versions apart. */
export const SNAPSHOT_SCHEMA = "plan-tracker/submission-snapshot@1";

export type SnapshotUpdate = {
  id: string;
  taskCode: string;
  actionItemCode: string | null;
  role: "lead" | "coordinator";
  status: string;
  percent: number | null;
  /** ISO day. */
  completedOn: string | null;
  results: string;
  difficulties: string;
  proposals: string;
  version: number;
  citedDocuments: { symbol: string; issuedOn: string | null; issuer: string; summary: string }[];
};

/** A type alias, not an interface: Prisma's Json input wants an index signature. */
export type SnapshotContent = {
  schema: typeof SNAPSHOT_SCHEMA;
  plan: { symbol: string };
  period: { year: number };
  organization: { id: string; code: string; name: string };
  coverSummary: string;
  /** ISO instant. */
  submittedAt: string;
  updates: SnapshotUpdate[];
};

/** SHA-256 (hex) of the canonical JSON of the content: verifiable after a round trip through jsonb. */
export function snapshotChecksum(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}

import type { SubmissionState } from "@plan-tracker/core";
import { Badge } from "@/components/ui/badge";

const TONE = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "danger",
  ACCEPTED: "success",
  NONE: "warning",
} as const;

/** The report's state (Nháp, Đã gửi, Bị trả lại, Đã tiếp nhận; "NONE": not started), label from the catalog. */
export function SubmissionStateBadge({ state, label }: { state: SubmissionState | "NONE"; label: string }) {
  return <Badge tone={TONE[state]}>{label}</Badge>;
}

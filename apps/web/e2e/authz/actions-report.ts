/** The matrix's actions on the consolidated report: all on the finalized 2024 report, the compiler's alone. */

import { actionRow, p24, stateForm } from "./actions-shared";
import { lit } from "./db";
import { only } from "./rules";
import type { ActionRow, Case } from "./types";

const reportArgs = (version: string) => (c: Case) =>
  stateForm({
    periodId: p24(c),
    version,
    number: "12",
    sentOn: "2025-12-05",
    documentDate: "",
    signerAuthority: "",
    signerTitle: "",
    signerName: "",
    recipients: "",
    key: "introduction",
    text: "Ma trận",
  });

/** The compiler passes the policy and meets the report's state (CONFLICT), at `probeVersion`. */
const reportRow = (name: string, probeVersion: string): ActionRow =>
  actionRow("report", name, {
    page: (c) => `/periods/${p24(c)}/report`,
    args: reportArgs("1"),
    allowed: only("compiler"),
    snapshot: (c) =>
      `SELECT state, version, "updatedAt" FROM "ConsolidatedReport" WHERE "periodId" = ${lit(p24(c))}`,
    allowedProbe: reportArgs(probeVersion),
  });

export const reportRows: ActionRow[] = [
  reportRow("compileReportAction", "1"),
  reportRow("saveBlockAction", "1"),
  reportRow("saveSettingsAction", "1"),
  reportRow("finalizeReportAction", "1"),
  reportRow("markSentAction", "999"),
  reportRow("reopenReportAction", "999"),
];

import type { ReportedStatus, TaskKind } from "../status/types";

/**
 * Everything compilation reads, loaded from the database in a bounded number of queries
 * (packages/report-export/src/source.ts). Plain data: dates as ISO `yyyy-mm-dd` strings.
 */
export interface ReportSource {
  plan: {
    id: string;
    number: string;
    issuedAt: string;
    /** "Ủy ban nhân dân tỉnh Kiên Giang". */
    issuer: string;
    title: string;
    /** Where documents are dated: "Kiên Giang". */
    place: string;
    /** The focal agency, which signs the report. */
    focal: { name: string; shortName: string; code: string };
    /** The body above the focal agency in the header: "Ủy ban nhân dân tỉnh Kiên Giang". */
    parentAgency: string;
  };
  period: {
    id: string;
    year: number;
    /**
     * The period and the next inside a sentence ("năm 2026", "quý IV/2026"; core's periodLabel). Absent in
     * reports compiled before periods had cycles: those were years.
     */
    label?: string;
    nextLabel?: string;
    cutoffDate: string;
    agencyDeadline: string;
    reportDueDate: string;
  };
  /**
   * For a yearly report: the consolidated reports of the year's shorter periods already issued (final or
   * sent), by cut-off, which it cites as its basis. Absent or empty otherwise.
   */
  earlierReports?: { period: string; number: string; symbol: string; date: string | null }[];
  /** Sections that hold tasks, in document order. */
  sections: { code: string; title: string }[];
  /** Every task of the plan, in document order. */
  tasks: SourceTask[];
  /** Every agency expected to report in the period (leads and coordinators, generic phrases resolved). */
  expected: SourceAgency[];
  /** The latest state of each agency's report in the period; `updates` only from an ACCEPTED one. */
  submissions: SourceSubmission[];
}

export interface SourceTask {
  id: string;
  code: string;
  sectionCode: string;
  content: string;
  kind: TaskKind;
  /** ISO date. */
  dueDate: string | null;
  /** The named lead, or null when the text assigns the work to a generic set. */
  lead: { id: string; name: string } | null;
  /** The lead as printed when no single agency leads ("Thủ trưởng các sở, ban, ngành…"). */
  leadText: string;
  /** Named coordinators, then generic phrases as written. */
  coordinators: string[];
  /** Agencies expected to report on the task, with their role. */
  reporters: { organizationId: string; role: "lead" | "coordinate" }[];
}

export interface SourceAgency {
  id: string;
  name: string;
  /** Directory order (the order attributions are printed in). */
  order: number;
}

export interface SourceSubmission {
  organizationId: string;
  state: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
  /** From the accepted snapshot; empty unless ACCEPTED. */
  updates: SourceUpdate[];
}

export interface SourceUpdate {
  taskCode: string;
  /** The action item's code ("a", "1"…) or null for the task itself. */
  actionItemCode: string | null;
  role: "lead" | "coordinate";
  status: ReportedStatus;
  percent: number | null;
  completedOn: string | null;
  results: string;
  /** "lũy kế" results are everything done up to the cut-off; absent or PERIOD: this period's. */
  resultScope?: "PERIOD" | "CUMULATIVE";
  difficulties: string;
  proposals: string;
}

/** What the compiler set on the report itself (number, date, signer, recipients). */
export interface ReportSettings {
  number: string;
  symbol: string;
  /** ISO date or null (printed with blanks). */
  date: string | null;
  signer: { authority: string; title: string; name: string };
  recipients: string[];
}

import type { ReportedStatus } from "@plan-tracker/core";
import type { Rng } from "./rng";

/** Marks every demo text, so no one mistakes it for a real report. */
export const DEMO_TAG = "[Dữ liệu minh họa]";

/** The first and last demo years; the last is the open period. */
export const DEMO_FIRST_YEAR = 2021;
export const DEMO_OPEN_YEAR = 2026;

export interface DemoCitation {
  symbol: string;
  /** ISO day. */
  issuedOn: string;
  issuer: string;
  summary: string;
}

/** What one organization reports on one task or action item in one year. */
export interface DemoReport {
  status: ReportedStatus;
  percent: number | null;
  /** ISO day, for COMPLETED. */
  completedOn?: string | null;
  results: string;
  difficulties?: string;
  proposals?: string;
  cited?: DemoCitation[];
}

export interface DemoOrg {
  code: string;
  name: string;
  shortName: string;
  kind: string;
}

export interface YearContext {
  year: number;
  /** The open year: the work is not over when the data is cut off. */
  isOpenYear: boolean;
  rng: Rng;
}

/**
 * How one action item goes over the years:
 * - duty: done every year (Đã thực hiện trong năm), with the year's figures;
 * - project: progresses from `start`% in 2021 to completion in `doneYear` on `doneOn` (MM-DD), then stays done;
 * - blocked: progresses slowly until `from`, then reports a difficulty and a proposal (Gặp vướng mắc).
 */
export type ItemScript =
  | {
      kind: "duty";
      text: (c: YearContext) => string;
      cited?: (c: YearContext) => DemoCitation[];
      /** Not done yet when the open year's data is cut off (a season that ends in December). */
      openYearInProgress?: boolean;
    }
  | {
      kind: "project";
      start: number;
      doneYear: number;
      doneOn: string;
      text: (c: YearContext & { percent: number; done: boolean }) => string;
      cited?: (c: YearContext & { done: boolean }) => DemoCitation[];
    }
  | {
      kind: "blocked";
      from: number;
      start: number;
      text: (c: YearContext & { percent: number; blocked: boolean }) => string;
      difficulties: (c: YearContext) => string;
      proposals: (c: YearContext) => string;
    };

export interface TaskStats {
  total: number;
  completed: number;
  blocked: number;
  inProgress: number;
}

/** The lead's account of a task: a summary over its items' reports, and the items' scripts in order. */
export interface LeadScript {
  summary: (c: YearContext & { org: DemoOrg; stats: TaskStats }) => string;
  items?: ItemScript[];
  /** Years in which the lead reports the task as a whole blocked, with the reason. */
  blockedFrom?: number;
  difficulties?: (c: YearContext) => string | undefined;
  proposals?: (c: YearContext) => string | undefined;
  /** For a task without action items: the status of the task itself. */
  taskStatus?: (c: YearContext) => { status: "DONE_THIS_YEAR" | "IN_PROGRESS"; percent: number };
}

/** A coordinator's contribution (phối hợp) to a task, by organization. */
export type ContributionScript = (c: YearContext & { org: DemoOrg; lead: DemoOrg | null }) => string;

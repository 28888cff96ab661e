/**
 * A revised plan document (điều chỉnh, bổ sung) against the plan in the database. Tasks are matched by
 * code first, then, among those left over, by the words of their content (a renumbered task keeps its
 * identity, and so its reported progress). Pure: the caller loads the existing plan.
 */

import { searchKey } from "@plan-tracker/core";
import type { ExistingPlan, ExistingSection, ExistingTask } from "./load-plan";
import type { ReviewedPlan, ReviewedSection, ReviewedTask } from "./reviewed-plan";

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface TaskChange {
  id: string;
  /** Code in the database → code in the revised document (equal unless renumbered). */
  fromCode: string;
  toCode: string;
  renumbered: boolean;
  /** Matched by content, not code: the review screen asks the compiler to check. */
  similarity: number;
  changes: FieldChange[];
  /** The task had been retired by an earlier re-import and comes back. */
  restored: boolean;
}

export interface RemovedTask {
  id: string;
  code: string;
  content: string;
  /** Progress, comments or directives exist: the task is retired (kept with its history), not deleted. */
  retire: boolean;
}

export interface PlanDiff {
  plan: FieldChange[];
  sections: {
    added: ReviewedSection[];
    removed: Pick<ExistingSection, "id" | "code" | "heading">[];
    changed: { id: string; code: string; changes: FieldChange[] }[];
  };
  tasks: {
    added: ReviewedTask[];
    removed: RemovedTask[];
    changed: TaskChange[];
    unchanged: number;
    /** Every task of the revised document that keeps an existing task's id: revised code → id. */
    matched: Record<string, string>;
  };
}

/** Word-set similarity at which two task texts are taken for the same task renumbered. */
export const RENUMBER_SIMILARITY = 0.6;
/** Below this, a task at the same code is a different task (the old one was dropped or moved). */
export const SAME_CODE_SIMILARITY = 0.35;

export function diffPlan(existing: ExistingPlan, revised: ReviewedPlan): PlanDiff {
  return {
    plan: planChanges(existing, revised),
    sections: sectionDiff(existing.sections, revised.sections),
    tasks: taskDiff(existing.tasks, revised.tasks),
  };
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return (
    diff.plan.length === 0 &&
    diff.sections.added.length + diff.sections.removed.length + diff.sections.changed.length === 0 &&
    diff.tasks.added.length + diff.tasks.removed.length + diff.tasks.changed.length === 0
  );
}

const PLAN_FIELDS = [
  "symbol",
  "documentType",
  "issuedOn",
  "place",
  "issuerCode",
  "signerName",
  "signerTitle",
  "title",
  "preamble",
  "closing",
  "focalCode",
  "validFromYear",
  "validToYear",
  "reportingCycles",
  "reportDueDay",
  "reportDueMonth",
  "reportingRuleText",
] as const;

function planChanges(existing: ExistingPlan, revised: ReviewedPlan): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of PLAN_FIELDS) compare(out, field, existing[field], revised[field]);
  compare(out, "recipients", existing.recipients.join("\n"), revised.recipients.join("\n"));
  compare(
    out,
    "basisDocuments",
    existing.basisDocuments.map((d) => d.symbol).join("; "),
    revised.basisDocuments.map((d) => d.symbol).join("; "),
  );
  return out;
}

function sectionDiff(existing: ExistingSection[], revised: ReviewedSection[]): PlanDiff["sections"] {
  const byCode = new Map(existing.map((s) => [s.code, s]));
  const revisedCodes = new Set(revised.map((s) => s.code));
  const changed: PlanDiff["sections"]["changed"] = [];
  const added: ReviewedSection[] = [];
  for (const s of revised) {
    const old = byCode.get(s.code);
    if (!old) {
      added.push(s);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of ["number", "heading", "body", "parentCode", "order"] as const)
      compare(changes, field, old[field], s[field]);
    if (changes.length > 0) changed.push({ id: old.id, code: s.code, changes });
  }
  const removed = existing
    .filter((s) => !revisedCodes.has(s.code))
    .map(({ id, code, heading }) => ({ id, code, heading }));
  return { added, removed, changed };
}

function taskDiff(existing: ExistingTask[], revised: ReviewedTask[]): PlanDiff["tasks"] {
  const pairs = new Map<ReviewedTask, { task: ExistingTask; similarity: number }>();
  const used = new Set<ExistingTask>();
  const words = new Map<object, Set<string>>();
  const wordsOf = (t: ReviewedTask) => {
    let w = words.get(t);
    if (!w) {
      w = wordSet(`${t.heading ?? ""} ${t.content}`);
      words.set(t, w);
    }
    return w;
  };
  const pair = (t: ReviewedTask, old: ExistingTask, similarity: number) => {
    pairs.set(t, { task: old, similarity });
    used.add(old);
  };
  // 1. The same text, wherever it moved. 2. The same code, unless the text is another task's altogether
  // (a task inserted before it shifts every number). 3. The most similar text among the rest.
  for (const t of revised) {
    const old = existing.find((e) => !used.has(e) && e.content === t.content && e.heading === t.heading);
    if (old) pair(t, old, 1);
  }
  const byCode = new Map(existing.map((e) => [e.code, e]));
  for (const t of revised) {
    const old = byCode.get(t.code);
    if (pairs.has(t) || !old || used.has(old)) continue;
    const score = dice(wordsOf(t), wordsOf(old));
    if (score >= SAME_CODE_SIMILARITY) pair(t, old, score);
  }
  const candidates: { revised: ReviewedTask; old: ExistingTask; score: number }[] = [];
  for (const t of revised) {
    if (pairs.has(t)) continue;
    for (const old of existing) {
      if (used.has(old)) continue;
      const score = dice(wordsOf(t), wordsOf(old));
      if (score >= RENUMBER_SIMILARITY) candidates.push({ revised: t, old, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (!pairs.has(c.revised) && !used.has(c.old)) pair(c.revised, c.old, c.score);
  }

  const added: ReviewedTask[] = [];
  const changed: TaskChange[] = [];
  let unchanged = 0;
  const matched: Record<string, string> = {};
  for (const t of revised) {
    const pair = pairs.get(t);
    if (!pair) {
      added.push(t);
      continue;
    }
    const old = pair.task;
    matched[t.code] = old.id;
    const changes = taskChanges(old, t);
    if (changes.length === 0 && old.code === t.code && !old.retired) {
      unchanged++;
      continue;
    }
    changed.push({
      id: old.id,
      fromCode: old.code,
      toCode: t.code,
      renumbered: old.code !== t.code,
      similarity: pair.similarity,
      changes,
      restored: old.retired,
    });
  }
  const removed = existing
    .filter((t) => !used.has(t) && !t.retired)
    .map((t) => ({ id: t.id, code: t.code, content: t.content, retire: t.hasProgress }));
  return { added, removed, changed, unchanged, matched };
}

function taskChanges(old: ExistingTask, t: ReviewedTask): FieldChange[] {
  const out: FieldChange[] = [];
  compare(out, "sectionCode", old.sectionCode, t.sectionCode);
  compare(out, "heading", old.heading, t.heading);
  compare(out, "content", old.content, t.content);
  compare(out, "leadCode", old.leadCode ?? old.leadScopePhrase, t.leadCode ?? t.leadScopePhrase);
  compare(out, "coordinatorCodes", sorted(old.coordinatorCodes), sorted(t.coordinatorCodes));
  compare(
    out,
    "genericCoordinators",
    old.genericCoordinators.map((g) => g.phrase).join("; "),
    t.genericCoordinators.map((g) => g.phrase).join("; "),
  );
  compare(out, "timeTexts", old.timeTexts.join("; "), t.timeTexts.join("; "));
  compare(out, "dueDate", old.dueDate, t.dueDate);
  compare(out, "kind", old.kind, t.kind);
  compare(
    out,
    "period",
    period(old.periodStartYear, old.periodEndYear),
    period(t.periodStartYear, t.periodEndYear),
  );
  compare(
    out,
    "actionItems",
    old.actionItems.map((i) => `${i.code} ${i.content}`).join("\n"),
    t.actionItems.map((i) => `${i.code} ${i.content}`).join("\n"),
  );
  return out;
}

function compare(out: FieldChange[], field: string, before: unknown, after: unknown): void {
  const b = before === null || before === undefined ? "" : String(before);
  const a = after === null || after === undefined ? "" : String(after);
  if (b !== a) out.push({ field, before: b, after: a });
}

function sorted(codes: string[]): string {
  return [...new Set(codes)].sort().join(", ");
}

function period(start: number | null, end: number | null): string {
  return start === null && end === null ? "" : `${start ?? ""}-${end ?? ""}`;
}

function wordSet(text: string): Set<string> {
  return new Set(
    searchKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/** Sørensen–Dice coefficient of two word sets. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

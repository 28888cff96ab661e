/**
 * Task nodes → tasks: the label and heading as printed, the verbatim content, the items (bullets), the
 * lead and coordinators, and the time phrases. A task that is a whole unlettered section ("3. Nâng cao
 * năng lực …:" with only paragraphs under it) has no label and no heading: its body is the task.
 */

import { type AssignmentInput, assignWork, PREFIX, type TextPiece } from "./assignment";
import { fold } from "./fold";
import type { DocLine } from "./input/lines";
import { readMarker } from "./numbering";
import type { MentionContext } from "./org-mentions";
import { mentionListAt } from "./org-mentions";
import type { ParsedTask } from "./schema";
import { isSection, isTask } from "./structure";
import { findTimePhrases, summariseTime } from "./time";
import type { TreeNode } from "./tree";

export interface TaskBuild {
  task: ParsedTask;
  /** Lines the task holds (so that section bodies leave them out). */
  lines: number[];
  extraLeadNames: string[];
}

/** `tableHolders`: nodes whose text only introduces a task table ("Các nhiệm vụ cụ thể tại bảng sau:"). */
export function buildTasks(
  ctx: MentionContext,
  nodes: TreeNode[],
  lines: DocLine[],
  tableHolders: Set<TreeNode>,
): TaskBuild[] {
  const out: TaskBuild[] = [];
  for (const node of nodes) {
    if (isTask(node) && !tableHolders.has(node)) out.push(buildTask(ctx, node, lines));
  }
  return out;
}

function piece(line: DocLine, from = 0): TextPiece {
  return { text: line.text.slice(from), start: line.start + from };
}

function buildTask(ctx: MentionContext, node: TreeNode, lines: DocLine[]): TaskBuild {
  const line = lines[node.line] as DocLine;
  const markerLength = node.marker.length;
  const rest = node.own.map((i) => lines[i] as DocLine);
  const wholeSection = isSection(node);
  let label: string | null = node.marker.label;
  let heading: TextPiece | null = null;
  const content: TextPiece[] = [];
  if (wholeSection) {
    label = null;
  } else {
    const text = piece(line, markerLength);
    const colon = headingColon(ctx, text.text);
    if (
      rest.length > 0 &&
      (text.text.endsWith(":") || (!/[.;!?]$/.test(text.text) && text.text.length <= 250))
    ) {
      heading = text;
    } else if (colon > 0) {
      heading = { text: text.text.slice(0, colon + 1), start: text.start };
      const after = text.text.slice(colon + 1);
      const lead = after.length - after.trimStart().length;
      if (after.trim() !== "") content.push({ text: after.trim(), start: text.start + colon + 1 + lead });
    } else {
      content.push(text);
    }
  }
  for (const l of rest) content.push(piece(l));

  const context: TextPiece[] = [];
  if (wholeSection) context.push(piece(line, markerLength));
  for (let p = node.parent; p; p = p.parent) context.push(piece(lines[p.line] as DocLine, p.marker.length));
  const input: AssignmentInput = { heading, paragraphs: content, context };
  const assignment = assignWork(ctx, input);

  const phrases = [heading, ...content].flatMap((p) => (p ? findTimePhrases(p.text, p.start) : []));
  const timeTexts = [...new Set(phrases.map((p) => p.text))];
  const time = summariseTime(phrases);
  const taskItems = items(node.code, rest);
  // A date on one bullet among several is that item's deadline, not the task's (the others are standing).
  if (time.kind === "ONE_OFF" && taskItems.length >= 2 && taskItems.some((i) => i.timeTexts.length === 0)) {
    time.kind = "CONTINUOUS";
    if (time.deadline) {
      time.deadline.kind = "CONTINUOUS";
      delete time.deadline.dueDate;
    }
  }
  const first = wholeSection ? (lines[node.own[0] ?? node.line] as DocLine) : line;
  const last = lines[node.lastLine] as DocLine;
  const leadConfidence = assignment.lead
    ? Math.min(assignment.lead.confidence, assignment.lead.org?.matchConfidence ?? 1)
    : 0.3;
  const task: ParsedTask = {
    code: node.code,
    label,
    heading: heading?.text ?? null,
    content: content.map((p) => p.text).join("\n\n"),
    source: "text",
    sectionCode: sectionOf(node),
    lead: assignment.lead,
    coordinators: assignment.coordinators,
    genericCoordinators: assignment.genericCoordinators,
    kind: time.kind,
    deadline: time.deadline,
    timeTexts,
    items: taskItems,
    extra: {},
    span: { start: first.start, end: last.end },
    confidence: leadConfidence,
  };
  return {
    task,
    lines: [...(wholeSection ? [] : [node.line]), ...node.own],
    extraLeadNames: assignment.extraLeads.map((o) => o.name),
  };
}

/**
 * "a) Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở ngành, địa phương: triển khai …": the part before
 * the colon is the heading when it names who does the work.
 */
function headingColon(ctx: MentionContext, text: string): number {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 300) return -1;
  const before = text.slice(0, colon);
  const folded = fold(before);
  if (/chu tri|phoi hop/.test(folded)) return colon;
  const list = mentionListAt(ctx, before, folded, PREFIX.exec(before)?.[0].length ?? 0, { unknown: true });
  return list.items.length > 0 && before.slice(list.end).trim() === "" ? colon : -1;
}

function sectionOf(node: TreeNode): string | null {
  for (let p = node.parent; p; p = p.parent) if (isSection(p)) return p.code;
  return isSection(node) ? node.code : null;
}

/** Bullets of the task, numbered in order; "+" under "-" nests (the first bullet style met is level one). */
function items(code: string, rest: DocLine[]): ParsedTask["items"] {
  const out: ParsedTask["items"] = [];
  let topStyle: number | null = null;
  let top = 0;
  let sub = 0;
  for (const line of rest) {
    const marker = readMarker(line.text);
    if (marker?.style !== "bullet") continue;
    topStyle ??= marker.depth;
    const text = line.text.slice(marker.length);
    const phrases = findTimePhrases(text).map((p) => p.text);
    if (marker.depth === topStyle || top === 0) {
      top++;
      sub = 0;
      out.push({
        code: `${code}.${top}`,
        marker: marker.label,
        content: text,
        span: { start: line.start, end: line.end },
        timeTexts: phrases,
      });
    } else {
      sub++;
      out.push({
        code: `${code}.${top}.${sub}`,
        marker: marker.label,
        content: text,
        span: { start: line.start, end: line.end },
        timeTexts: phrases,
      });
    }
  }
  return out;
}

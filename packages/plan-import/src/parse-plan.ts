/**
 * DocumentLines → ParsedPlan: the header, the tree of sections and tasks (text and tables), leads and
 * coordinators matched to the directory, deadlines, the reporting rule, and warnings for the review screen.
 * Pure: the directory is passed in, nothing is read or written.
 */

import type { TextPiece } from "./assignment";
import { findBasisDocuments } from "./basis";
import { importError, type Result } from "./errors";
import { readHeader } from "./header";
import { type DocLine, type DocumentLines, inMultiColumnTable } from "./input/lines";
import { createMentionContext } from "./org-mentions";
import { type DirectoryOrganization, organizationKey } from "./organizations";
import { findReportingRule, type RuleSource } from "./reporting-rule";
import type { OrgRef, ParsedPlan, ParsedTask, ParseWarning } from "./schema";
import { segmentDocument } from "./segment";
import { readSignature } from "./signature";
import { buildSections } from "./structure";
import { isTaskTable, readTableTasks } from "./table-tasks";
import { buildTasks } from "./tasks";
import { buildTree, type TreeNode } from "./tree";

export interface ParseOptions {
  directory: readonly DirectoryOrganization[];
}

const RULE_WORDS: Record<string, string> = {
  HEADING_UNIT: "cơ quan được nêu làm tiêu đề",
  FIRST_WITH_COORDINATION: "cơ quan nêu đầu tiên, «phối hợp với»",
  INHERITED: "theo tiêu đề mục cha",
  SUBJECT: "chủ ngữ của câu",
  COMPILER: "cơ quan tổng hợp",
  GENERIC: "nhóm cơ quan chung",
};

export function parsePlan(doc: DocumentLines, options: ParseOptions): Result<ParsedPlan> {
  if (doc.lines.length === 0) return { ok: false, error: importError("EMPTY") };
  const ctx = createMentionContext(options.directory);
  const segments = segmentDocument(doc);
  const tree = buildTree(doc.lines, segments.body);
  const header = readHeader(doc, segments.header, options.directory, segments.appendixPlan ?? undefined);
  const signature = readSignature(doc, segments.trailer);
  const line = (i: number) => doc.lines[i] as DocLine;

  const taskTables = doc.tables.filter(isTaskTable);
  const bodyFirst = segments.body[0] ?? -1;
  const bodyLast = segments.body[segments.body.length - 1] ?? -1;
  const holders = new Map(
    taskTables.map((t) => [
      t,
      firstLine(t) >= bodyFirst && firstLine(t) <= bodyLast ? containing(tree.nodes, firstLine(t)) : null,
    ]),
  );
  const tableHolders = new Set([...holders.values()].filter((h) => h !== null));
  const builds = buildTasks(ctx, tree.nodes, doc.lines, tableHolders);
  const taskLines = new Set(builds.flatMap((b) => b.lines));
  const sections = buildSections(tree.nodes, doc.lines, taskLines, tableHolders);
  const tasks: ParsedTask[] = builds.map((b) => b.task);
  const extraLeads = builds.flatMap((b) => b.extraLeadNames.map((name) => ({ code: b.task.code, name })));

  const appendixTables = taskTables.filter((t) => holders.get(t) === null);
  for (const table of taskTables) {
    const holder = holders.get(table) ?? null;
    const k = appendixTables.indexOf(table);
    const prefix = holder?.code ?? (appendixTables.length > 1 ? `PL${k + 1}` : "PL");
    const read = readTableTasks(ctx, doc, table, prefix, holder?.code ?? null);
    tasks.push(...read.tasks);
    extraLeads.push(...read.extraLeads);
  }
  // A stray "1." or "a)" in a letter is not a plan: some task must say something.
  if (tasks.every((t) => t.content.replace(/[^\p{L}]/gu, "").length < 10)) {
    return { ok: false, error: importError("NOT_A_PLAN") };
  }

  const sources: RuleSource[] = [];
  const taskOfLine = new Map<number, ParsedTask>();
  for (const b of builds) for (const i of b.lines) taskOfLine.set(i, b.task);
  for (const i of [...segments.body, ...(segments.closing !== null ? [segments.closing] : [])]) {
    const l = line(i);
    if (!inMultiColumnTable(doc, l))
      sources.push({ piece: { text: l.text, start: l.start }, task: taskOfLine.get(i) });
  }
  const reportingRule = findReportingRule(ctx, sources);

  const basisPieces: TextPiece[] = [...header.titleLines, ...header.preambleLines].map((i) => ({
    text: line(i).text,
    start: line(i).start,
  }));
  const basisDocuments = findBasisDocuments(basisPieces);

  const warnings: ParseWarning[] = [
    ...doc.warnings.map((message) => ({ code: "READ", message })),
    ...tree.warnings.map((message) => ({ code: "NUMBERING", message })),
  ];
  if (header.number === null && header.symbol !== null) {
    warnings.push({
      code: "DRAFT_NUMBER",
      message: `Số văn bản để trống («…/${header.symbol}»): có thể là bản dự thảo.`,
    });
  }
  if (header.issuedAt === null && header.issuedYear !== null) {
    warnings.push({
      code: "DRAFT_DATE",
      message: `Ngày ban hành để trống: chỉ đọc được năm ${header.issuedYear}.`,
    });
  }
  for (const task of tasks) warnings.push(...taskWarnings(task));
  for (const { code, name } of extraLeads) {
    warnings.push({
      code: "SEVERAL_LEADS",
      message: `Nhiệm vụ ${code}: có thêm cơ quan chủ trì «${name}»; chỉ lấy cơ quan đầu tiên, cần kiểm tra.`,
    });
  }
  if (!reportingRule)
    warnings.push({
      code: "NO_REPORTING_RULE",
      message: "Không tìm thấy quy định chế độ báo cáo (cơ quan đầu mối, thời hạn hàng năm).",
    });
  const proposedOrganizations = proposals([
    ...tasks.flatMap((t) => [t.lead?.org ?? null, ...t.coordinators]),
    reportingRule?.focal ?? null,
  ]);
  for (const org of proposedOrganizations) {
    warnings.push({
      code: "NEW_ORGANIZATION",
      message: `Cơ quan «${org.name}» chưa có trong danh mục: đề xuất tạo mới.`,
    });
  }

  const plan: ParsedPlan = {
    format: doc.format,
    documentType: header.documentType,
    documentTypeText: header.documentTypeText,
    number: header.number,
    symbol: header.symbol,
    issuedAt: header.issuedAt,
    issuedYear: header.issuedYear,
    place: header.place,
    issuer: header.issuer,
    title: header.title,
    preamble: header.preambleLines.map((i) => line(i).text).join("\n\n"),
    closing: segments.closing !== null ? line(segments.closing).text : null,
    signer: { name: signature.signerName, title: signature.signerTitle },
    recipients: signature.recipients,
    basisDocuments,
    reportingRule,
    sections,
    tasks,
    proposedOrganizations,
    warnings,
    sourceText: doc.text,
  };
  return { ok: true, value: plan };

  function firstLine(table: (typeof doc.tables)[number]): number {
    return Math.min(...table.rows.flatMap((r) => r.flatMap((c) => c.lines)));
  }
}

/** The deepest numbered node opened before a line: a table inside "II.2" lists tasks of II.2. */
function containing(nodes: TreeNode[], lineIndex: number): TreeNode | null {
  let found: TreeNode | null = null;
  for (const node of nodes) if (node.line < lineIndex) found = node;
  return found;
}

function taskWarnings(task: ParsedTask): ParseWarning[] {
  const span = task.span;
  if (!task.lead) {
    return [
      { code: "NO_LEAD", message: `Nhiệm vụ ${task.code}: không xác định được cơ quan chủ trì.`, span },
    ];
  }
  if (task.lead.confidence < 0.75 && task.lead.rule !== "GENERIC") {
    const how = RULE_WORDS[task.lead.rule] ?? task.lead.rule;
    return [
      {
        code: "LEAD_GUESSED",
        message: `Nhiệm vụ ${task.code}: cơ quan chủ trì «${task.lead.text}» được suy ra (${how}), cần kiểm tra.`,
        span,
      },
    ];
  }
  return [];
}

function proposals(refs: (OrgRef | null)[]): ParsedPlan["proposedOrganizations"] {
  const seen = new Map<string, ParsedPlan["proposedOrganizations"][number]>();
  for (const ref of refs) {
    if (!ref?.proposed) continue;
    const key = organizationKey(ref.proposed.name);
    if (!seen.has(key)) seen.set(key, ref.proposed);
  }
  return [...seen.values()];
}

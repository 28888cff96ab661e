/**
 * Plans that list their tasks in a table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * hoàn thành | Sản phẩm | Ghi chú), usually as an appendix. The header row is found by its words,
 * accent-insensitively; a row numbered "(1) (2) (3)…" under it is skipped; rows whose number cell holds a
 * Roman numeral or a letter group the tasks below them.
 */

import { orgRef, type TextPiece } from "./assignment";
import { fold } from "./fold";
import { unionScope } from "./generic-units";
import type { DocLine, DocTable, DocumentLines } from "./input/lines";
import { type GenericMention, type MentionContext, mentionListAt, type NamedMention } from "./org-mentions";
import type { Lead, ParsedTask } from "./schema";
import { findTimePhrases, summariseTime } from "./time";

type Role = "number" | "content" | "lead" | "coordinators" | "time" | "product" | "note";

const ROLES: [Role, RegExp][] = [
  ["number", /^(stt|tt|so tt|so thu tu)$/],
  ["coordinators", /phoi hop/],
  ["lead", /chu tri/],
  ["content", /noi dung|nhiem vu|cong viec|hoat dong|de an|ten /],
  ["time", /thoi gian|thoi han|tien do|moc /],
  ["product", /san pham|ket qua/],
  ["note", /ghi chu/],
];
/** A lead column not called "chủ trì": "Cơ quan thực hiện", "Đơn vị thực hiện". */
const LEAD_FALLBACK = /(co quan|don vi).*(thuc hien|thuc hien chinh)|co quan chu quan/;

export interface TableTasksResult {
  tasks: ParsedTask[];
  /** Units named in the lead column after the first, by task code. */
  extraLeads: { code: string; name: string }[];
}

export function isTaskTable(table: DocTable): boolean {
  return header(table) !== null;
}

function header(
  table: DocTable,
): { row: number; roles: Map<number, Role>; names: Map<number, string> } | null {
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const roles = new Map<number, Role>();
    const names = new Map<number, string>();
    for (const cell of table.rows[r] ?? []) {
      const key = fold(cell.text).replace(/\s+/g, " ").trim();
      const role = ROLES.find(([, re]) => re.test(key))?.[0];
      if (role && ![...roles.values()].includes(role)) roles.set(cell.col, role);
      names.set(cell.col, cell.text.replace(/\s+/g, " ").trim());
    }
    const values = [...roles.values()];
    if (!values.includes("lead")) {
      const fallback = (table.rows[r] ?? []).find(
        (c) => LEAD_FALLBACK.test(fold(c.text)) && !roles.has(c.col),
      );
      if (fallback) roles.set(fallback.col, "lead");
    }
    if ([...roles.values()].includes("content") && [...roles.values()].includes("lead"))
      return { row: r, roles, names };
  }
  return null;
}

export function readTableTasks(
  ctx: MentionContext,
  doc: DocumentLines,
  table: DocTable,
  prefix: string,
  sectionCode: string | null,
): TableTasksResult {
  const head = header(table);
  if (!head) return { tasks: [], extraLeads: [] };
  const explicitLead = [...head.roles.entries()].some(
    ([col, role]) => role === "lead" && /chu tri/.test(fold(head.names.get(col) ?? "")),
  );
  const tasks: ParsedTask[] = [];
  const extraLeads: TableTasksResult["extraLeads"] = [];
  let group: string | null = null;
  for (let r = head.row + 1; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const cellOf = (role: Role) => row.find((c) => head.roles.get(c.col) === role);
    const numberText = cellOf("number")?.text.trim() ?? "";
    if (row.every((c) => /^\(\d+\)$/.test(c.text.trim()) || c.text.trim() === "")) continue;
    const content = cellOf("content");
    if (/^([IVX]+|[A-Z])\.?$/.test(numberText) || (row.length === 1 && !/^\d/.test(numberText))) {
      group = numberText.replace(/\.$/, "") || null;
      continue;
    }
    if (!content || content.text.trim() === "") continue;
    const number = numberText.replace(/\.$/, "") || String(tasks.length + 1);
    const code = [prefix, group, number].filter((p) => p !== null).join(".");
    const lines = row.flatMap((c) => c.lines).map((i) => doc.lines[i] as DocLine);
    const leadCell = cellOf("lead");
    const lead = leadCell
      ? readLead(ctx, doc, leadCell.lines, explicitLead)
      : { lead: null, extra: [] as NamedMention[] };
    extraLeads.push(...lead.extra.map((m) => ({ code, name: m.text })));
    const coordinators = readList(ctx, doc, cellOf("coordinators")?.lines ?? []);
    const timeCell = cellOf("time");
    const phrases = (timeCell?.lines ?? []).flatMap((i) =>
      findTimePhrases((doc.lines[i] as DocLine).text, (doc.lines[i] as DocLine).start),
    );
    const time = summariseTime(phrases);
    const timeText = timeCell?.text.replace(/\n/g, " ").trim() ?? "";
    const deadline = time.deadline ?? (timeText !== "" ? { text: timeText, kind: time.kind } : null);
    if (deadline && timeText !== "") deadline.text = timeText;
    const extra: Record<string, string> = {};
    for (const cell of row) {
      const role = head.roles.get(cell.col);
      if (
        (role === "product" || role === "note" || role === undefined) &&
        cell.text.trim() !== "" &&
        cell !== cellOf("number")
      ) {
        extra[head.names.get(cell.col) ?? `Cột ${cell.col + 1}`] = cell.text;
      }
    }
    const contentLines = content.lines.map((i) => doc.lines[i] as DocLine);
    tasks.push({
      code,
      label: numberText || null,
      heading: null,
      content: contentLines.map((l) => l.text).join("\n\n"),
      source: "table",
      sectionCode,
      lead: lead.lead,
      coordinators: coordinators.named
        .map(([p, m]) => orgRef(p, m))
        .filter((o) => o.code === null || o.code !== lead.lead?.org?.code),
      genericCoordinators: coordinators.generic.map(([p, g]) => ({
        phrase: g.text,
        scope: g.scope,
        span: { start: p.start + g.start, end: p.start + g.end },
      })),
      kind: time.kind,
      deadline,
      timeTexts: [...new Set(phrases.map((p) => p.text))],
      items: [],
      extra,
      span: { start: Math.min(...lines.map((l) => l.start)), end: Math.max(...lines.map((l) => l.end)) },
      confidence: lead.lead ? Math.min(lead.lead.confidence, lead.lead.org?.matchConfidence ?? 1) : 0.3,
    });
  }
  return { tasks, extraLeads };
}

function readList(ctx: MentionContext, doc: DocumentLines, lineIndexes: number[]) {
  const named: [TextPiece, NamedMention][] = [];
  const generic: [TextPiece, GenericMention][] = [];
  for (const i of lineIndexes) {
    const line = doc.lines[i] as DocLine;
    const piece = { text: line.text, start: line.start };
    const list = mentionListAt(ctx, line.text, fold(line.text), 0, { bare: true, unknown: true });
    for (const item of list.items) {
      if (item.kind === "named") named.push([piece, item]);
      else generic.push([piece, item]);
    }
  }
  return { named, generic };
}

/** The lead column: one unit (explicit), several ("Sở Công Thương; Sở Xây dựng": the first leads), or groups. */
function readLead(
  ctx: MentionContext,
  doc: DocumentLines,
  lineIndexes: number[],
  explicit: boolean,
): { lead: Lead | null; extra: NamedMention[] } {
  const { named, generic } = readList(ctx, doc, lineIndexes);
  const confidence = explicit ? 1 : 0.9;
  const first = named[0];
  if (first) {
    const [piece, mention] = first;
    const lead: Lead = {
      org: orgRef(piece, mention),
      generic: null,
      text: mention.text,
      implied: false,
      rule: "EXPLICIT",
      confidence,
    };
    return { lead, extra: named.slice(1).map(([, m]) => m) };
  }
  if (generic.length === 0) return { lead: null, extra: [] };
  const [p0, g0] = generic[0] as [TextPiece, GenericMention];
  const [pN, gN] = generic[generic.length - 1] as [TextPiece, GenericMention];
  const start = p0.start + g0.start;
  const end = pN.start + gN.end;
  const phrase = doc.text.slice(start, end);
  const scope = unionScope(generic.map(([, g]) => g.scope));
  return {
    lead: {
      org: null,
      generic: { phrase, scope, span: { start, end } },
      text: phrase,
      implied: false,
      rule: "GENERIC",
      confidence: 0.8,
    },
    extra: [],
  };
}

/**
 * ParsedPlan → ReviewedPlan: the parser's best reading, turned into the shape the review screen edits and
 * the database takes. Proposed organizations get a code made from their name; nothing is created until the
 * compiler confirms them (they stay in `newOrganizations` only when confirmed).
 */

import { searchKey } from "@plan-tracker/core";
import type { DocumentType, OrgRef, ParsedPlan, ParsedTask } from "../schema";
import {
  cleanText,
  type NewOrganization,
  type PLAN_DOCUMENT_TYPES,
  type ReviewedPlan,
  type ReviewedSection,
  type ReviewedTask,
} from "./reviewed-plan";

const DOCUMENT_TYPE: Record<DocumentType, (typeof PLAN_DOCUMENT_TYPES)[number]> = {
  KE_HOACH: "KE_HOACH",
  QUYET_DINH: "QUYET_DINH",
  CHUONG_TRINH_HANH_DONG: "CHUONG_TRINH",
  CHI_THI: "CHI_THI",
  CONG_VAN: "CONG_VAN",
  NGHI_QUYET: "OTHER",
  THONG_BAO: "OTHER",
  KHAC: "OTHER",
};

/** Section holding tasks read from an appendix table that sits outside the numbered body. */
export const APPENDIX_SECTION_CODE = "PL";

export interface FromParsedOptions {
  /** Codes already used in the directory: made-up codes for proposals avoid them. */
  directoryCodes: Iterable<string>;
}

/** The term a title states: "giai đoạn 2021 - 2025", "giai đoạn 2024 – 2026", "giai đoạn 2026-2030". */
export function termYears(title: string): { from: number; to: number } | null {
  const match = /giai\s+đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})/iu.exec(title.normalize("NFC"));
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from <= to && to - from <= 30 ? { from, to } : null;
}

export function reviewedFromParsed(parsed: ParsedPlan, options: FromParsedOptions): ReviewedPlan {
  const proposals = proposalCodes(parsed, new Set(options.directoryCodes));
  const codeOf = (ref: OrgRef | null | undefined): string | null => {
    if (!ref) return null;
    return ref.code ?? (ref.proposed ? (proposals.get(proposalKey(ref.proposed.name))?.code ?? null) : null);
  };

  const sections: ReviewedSection[] = parsed.sections.map((s) => ({
    code: s.code,
    number: s.number,
    heading: cleanText(s.heading),
    body: cleanText(s.body),
    parentCode: s.parentCode,
    order: s.order,
  }));
  const sectionCodes = new Set(sections.map((s) => s.code));
  if (parsed.tasks.some((t) => !t.sectionCode || !sectionCodes.has(t.sectionCode))) {
    sections.push({
      code: APPENDIX_SECTION_CODE,
      number: "",
      heading: "Phụ lục: bảng phân công nhiệm vụ",
      body: "",
      parentCode: null,
      order: sections.filter((s) => s.parentCode === null).length + 1,
    });
  }
  // Document order: the parser lists a table's tasks after the numbered paragraphs.
  const tasks = [...parsed.tasks]
    .sort((a, b) => a.span.start - b.span.start)
    .map((t) => reviewedTask(t, sectionCodes, codeOf));

  const years = tasks.flatMap((t) => [t.periodStartYear, t.periodEndYear]).filter((y) => y !== null);
  const rule = parsed.reportingRule;
  const firstYear = firstReportingYear(parsed.issuedAt, parsed.issuedYear, rule?.dueDay, rule?.dueMonth);
  // A plan "giai đoạn 2024 – 2026" runs those years, whatever its tasks' own periods say.
  const term = termYears(parsed.title ?? "");
  const validFromYear = term ? Math.max(term.from, parsed.issuedYear ?? term.from) : firstYear;
  const validToYear = term
    ? Math.max(term.to, validFromYear)
    : Math.max(validFromYear, ...years, years.length === 0 ? validFromYear + 4 : 0);

  return {
    symbol: parsed.number,
    documentType: DOCUMENT_TYPE[parsed.documentType],
    issuedOn: parsed.issuedAt,
    place: parsed.place ?? "",
    issuerCode: codeOf(parsed.issuer),
    signerName: parsed.signer.name ?? "",
    signerTitle: parsed.signer.title ?? "",
    title: cleanText(parsed.title ?? ""),
    preamble: cleanText(parsed.preamble),
    closing: cleanText(parsed.closing ?? ""),
    recipients: parsed.recipients.map(cleanText),
    focalCode: codeOf(rule?.focal),
    validFromYear,
    validToYear,
    reportingCycles: rule?.frequencies.length ? rule.frequencies : [rule?.frequency ?? "ANNUAL"],
    reportDueDay: rule?.dueDay ?? null,
    reportDueMonth: rule?.dueMonth ?? null,
    reportingRuleText: cleanText(rule?.text ?? ""),
    basisDocuments: parsed.basisDocuments.map((d) => ({
      symbol: d.symbol,
      issuedOn: d.issuedOn,
      issuerName: d.issuerName ?? "",
      title: cleanText(d.text),
    })),
    sections,
    tasks,
    // Proposals the document needs, all offered; the review screen lets the compiler drop or rename them.
    newOrganizations: [...proposals.values()],
    sourceText: cleanText(parsed.sourceText),
  };
}

function reviewedTask(
  t: ParsedTask,
  sectionCodes: Set<string>,
  codeOf: (ref: OrgRef | null | undefined) => string | null,
): ReviewedTask {
  const lead = t.lead;
  const leadCode = codeOf(lead?.org);
  const coordinatorCodes = [
    ...new Set(t.coordinators.map(codeOf).filter((c): c is string => c !== null && c !== leadCode)),
  ];
  return {
    code: t.code,
    label: t.label,
    heading: t.heading === null ? null : cleanText(t.heading),
    content: cleanText(t.content),
    sectionCode: t.sectionCode && sectionCodes.has(t.sectionCode) ? t.sectionCode : APPENDIX_SECTION_CODE,
    leadCode,
    leadImplied: lead?.implied ?? false,
    leadText: cleanText(lead?.text ?? ""),
    leadScope: lead?.org ? null : (lead?.generic?.scope ?? null),
    leadScopePhrase: lead?.org ? null : (lead?.generic?.phrase ?? null),
    coordinatorCodes,
    genericCoordinators: t.genericCoordinators.map((g) => ({ phrase: g.phrase, scope: g.scope })),
    kind: t.kind,
    timeTexts: t.timeTexts,
    dueDate: t.deadline?.dueDate ?? null,
    periodStartYear: t.deadline?.periodStartYear ?? null,
    periodEndYear: t.deadline?.periodEndYear ?? null,
    actionItems: t.items.map((item) => ({
      code: item.code,
      content: cleanText(item.content),
      timeText: item.timeTexts[0] ?? null,
    })),
    confidence: Math.min(t.confidence, lead?.confidence ?? 0, lead?.org?.matchConfidence ?? 1),
    span: t.span,
  };
}

/**
 * The first year a report is due: the issue year, unless that year's due date falls within 30 days of
 * signing (182/KH-UBND, signed 27/11/2020 with reports due 5/12, first reports in 2021).
 */
function firstReportingYear(
  issuedAt: string | null,
  issuedYear: number | null,
  dueDay: number | null | undefined,
  dueMonth: number | null | undefined,
): number {
  const year = issuedAt ? Number(issuedAt.slice(0, 4)) : (issuedYear ?? new Date().getUTCFullYear());
  if (!issuedAt || !dueDay || !dueMonth) return year;
  const due = Date.UTC(year, dueMonth - 1, dueDay);
  const signed = Date.parse(`${issuedAt}T00:00:00Z`);
  return due - signed < 30 * 86_400_000 ? year + 1 : year;
}

function proposalKey(name: string): string {
  return searchKey(name);
}

function proposalCodes(parsed: ParsedPlan, taken: Set<string>): Map<string, NewOrganization> {
  const out = new Map<string, NewOrganization>();
  for (const p of parsed.proposedOrganizations) {
    const key = proposalKey(p.name);
    if (out.has(key)) continue;
    const code = uniqueCode(codeFromName(p.name), taken);
    taken.add(code);
    out.set(key, { code, name: cleanText(p.name), kind: p.kind });
  }
  return out;
}

/** "Ban Quản lý Khu kinh tế tỉnh" → "BQLKKT": initials, accents dropped, as the directory's codes are. */
export function codeFromName(name: string): string {
  const words = searchKey(name)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w.length > 0 && w !== "TINH");
  const initials = words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join("");
  return (initials || "CQ").slice(0, 16);
}

function uniqueCode(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

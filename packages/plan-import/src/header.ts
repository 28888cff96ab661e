/**
 * The header of an administrative document (Decree 30/2020/NĐ-CP layout): issuing body, national motto,
 * "Số: 182 /KH-UBND", "Kiên Giang, ngày 27 tháng 11 năm 2020", the document type ("KẾ HOẠCH"), the title
 * (or "V/v …" for a letter), "Kính gửi", and the preamble up to the first numbered paragraph. Drafts leave
 * the number and the day blank ("Số:      /KH-UBND", "ngày    tháng    năm 2026"): those read as null.
 */

import { fold } from "./fold";
import type { DocLine, DocumentLines } from "./input/lines";
import { type DirectoryOrganization, matchOrganization, proposeOrganization } from "./organizations";
import type { DocumentType, OrgRef } from "./schema";
import { endsTerminal, isAllCaps } from "./text-utils";

export interface Header {
  documentType: DocumentType;
  documentTypeText: string | null;
  number: string | null;
  symbol: string | null;
  issuedAt: string | null;
  issuedYear: number | null;
  place: string | null;
  issuer: OrgRef | null;
  title: string | null;
  titleLines: number[];
  preambleLines: number[];
}

const MOTTO = /cong hoa xa hoi chu nghia|doc lap\s*[-–—]\s*tu do/;
const NUMBER = /^Số\s*:?\s*(\d+[a-z]?)?\s*\/\s*([\p{Lu}Đ][\p{L}\d.&-]*(?:\/[\p{Lu}Đ][\p{L}\d.&-]*)?)/u;
const PARTY_NUMBER = /^Số\s*:?\s*(\d+)-([\p{Lu}]+\/[\p{Lu}]+)/u;
const DATE = /([\p{L}][\p{L} .'-]*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;
const TYPES: [RegExp, DocumentType][] = [
  [/^KẾ HOẠCH$/u, "KE_HOACH"],
  [/^QUYẾT ĐỊNH$/u, "QUYET_DINH"],
  [/^CHƯƠNG TRÌNH( HÀNH ĐỘNG)?$/u, "CHUONG_TRINH_HANH_DONG"],
  [/^CHỈ THỊ$/u, "CHI_THI"],
  [/^CÔNG VĂN$/u, "CONG_VAN"],
  [/^NGHỊ QUYẾT$/u, "NGHI_QUYET"],
  [/^THÔNG BÁO$/u, "THONG_BAO"],
];
/** The type code inside the symbol: "KH-UBND", "07/CT-TTg", "211-KH/TU"; a bare agency code is a letter. */
const SYMBOL_TYPES: [RegExp, DocumentType][] = [
  [/^KH\b|\bKH\//u, "KE_HOACH"],
  [/^QĐ\b/u, "QUYET_DINH"],
  [/^(CTr|CTHĐ)\b|\bCTr\//u, "CHUONG_TRINH_HANH_DONG"],
  [/^CT\b|\bCT\//u, "CHI_THI"],
  [/^NQ\b|\bNQ\//u, "NGHI_QUYET"],
  [/^TB\b/u, "THONG_BAO"],
];

export function readHeader(
  doc: DocumentLines,
  lines: number[],
  directory: readonly DirectoryOrganization[],
  appendixTitle?: { typeLine: number; titleLines: number[] },
): Header {
  const at = (i: number) => doc.lines[i] as DocLine;
  const header: Header = {
    documentType: "KHAC",
    documentTypeText: null,
    number: null,
    symbol: null,
    issuedAt: null,
    issuedYear: null,
    place: null,
    issuer: null,
    title: null,
    titleLines: [],
    preambleLines: [],
  };
  const issuerLines: DocLine[] = [];
  let typeIndex = -1;
  let numberSeen = false;
  let recipients = false;
  let subjectLines: number[] = [];
  for (const [k, i] of lines.entries()) {
    const line = at(i);
    const text = line.text;
    const type = TYPES.find(([re]) => re.test(text.replace(/[.:]$/, "")));
    if (MOTTO.test(fold(text))) continue;
    if (NUMBER.test(text) || PARTY_NUMBER.test(text)) {
      readNumber(text, header);
      numberSeen = true;
    } else if (DATE.test(text) && header.issuedYear === null) {
      readDate(text, header);
    } else if (type && typeIndex < 0) {
      typeIndex = k;
      header.documentType = type[1];
      header.documentTypeText = text;
    } else if (/^V\/v\b/u.test(text)) {
      subjectLines = [i];
    } else if (/^Kính gửi\s*:?/iu.test(text)) {
      recipients = true;
    } else if (recipients && /^[-–•+]/.test(text)) {
      // "Kính gửi" list: addressees, not preamble.
    } else if (!numberSeen && typeIndex < 0 && isAllCaps(text) && header.preambleLines.length === 0) {
      issuerLines.push(line);
    } else if (typeIndex >= 0 && header.preambleLines.length === 0 && isTitleLine(doc, lines, k, typeIndex)) {
      header.titleLines.push(i);
    } else if (!line.cell || text.length > 80) {
      recipients = false;
      header.preambleLines.push(i);
    }
  }
  if (appendixTitle) {
    const typeText = at(appendixTitle.typeLine).text;
    header.documentTypeText ??= typeText;
    header.titleLines = appendixTitle.titleLines.filter((i) => !/^\(.*\)$/.test(at(i).text)).slice(0, 4);
  }
  if (header.titleLines.length === 0 && subjectLines.length > 0) header.titleLines = subjectLines;
  const title = header.titleLines
    .map((i) => at(i).text)
    .join(" ")
    .replace(/^V\/v\s*/u, "");
  header.title = title === "" ? null : title;
  if (header.documentType === "KHAC")
    header.documentType = typeFromSymbol(header.symbol, subjectLines.length > 0);
  if (issuerLines.length > 0) header.issuer = issuerRef(issuerLines, directory);
  return header;
}

/** Title lines follow the type line: no sentence punctuation, bold when the source has bold, at most four. */
function isTitleLine(doc: DocumentLines, lines: number[], k: number, typeIndex: number): boolean {
  const line = doc.lines[lines[k] as number] as DocLine;
  if (k - typeIndex > 4 || endsTerminal(line.text) || line.text.length > 600) return false;
  const typeLine = doc.lines[lines[typeIndex] as number] as DocLine;
  if (typeLine.bold && !line.bold && k > typeIndex + 1) return false;
  for (let j = typeIndex + 1; j < k; j++) {
    const previous = doc.lines[lines[j] as number] as DocLine;
    if (endsTerminal(previous.text)) return false;
    // "Ban hành Kế hoạch …" then "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the authority line ends the title.
    if (!isAllCaps(previous.text) && isAllCaps(line.text)) return false;
  }
  return !/^\(.*\)$/.test(line.text);
}

function readNumber(text: string, header: Header): void {
  const party = PARTY_NUMBER.exec(text);
  if (party) {
    header.symbol = party[2] as string;
    header.number = `${party[1]}-${party[2]}`;
    return;
  }
  const m = NUMBER.exec(text) as RegExpExecArray;
  header.symbol = m[2] as string;
  header.number = m[1] ? `${m[1]}/${m[2]}` : null;
}

function readDate(text: string, header: Header): void {
  const m = DATE.exec(text) as RegExpExecArray;
  header.place = (m[1] as string).trim();
  header.issuedYear = Number(m[4]);
  if (m[2] && m[3]) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    const last = new Date(Date.UTC(header.issuedYear, month, 0)).getUTCDate();
    if (month >= 1 && month <= 12 && day >= 1 && day <= last) {
      header.issuedAt = `${m[4]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
  }
}

function typeFromSymbol(symbol: string | null, hasSubject: boolean): DocumentType {
  if (symbol) for (const [re, type] of SYMBOL_TYPES) if (re.test(symbol)) return type;
  return hasSubject || symbol ? "CONG_VAN" : "KHAC";
}

/** "ỦY BAN NHÂN DÂN" + "TỈNH KIÊN GIANG" → the directory's "Ủy ban nhân dân tỉnh Kiên Giang". */
function issuerRef(lines: DocLine[], directory: readonly DirectoryOrganization[]): OrgRef {
  const printed = lines.map((l) => l.text).join(" ");
  const match = matchOrganization(printed, directory);
  const name = match.code !== null ? match.name : readableName(printed);
  const span = { start: (lines[0] as DocLine).start, end: (lines[lines.length - 1] as DocLine).end };
  if (match.code !== null) {
    return {
      name,
      code: match.code,
      directoryName: match.name,
      proposed: null,
      matchConfidence: match.confidence,
      span,
    };
  }
  const proposal = proposeOrganization(name);
  return {
    name,
    code: null,
    directoryName: null,
    proposed: proposal.code === null ? proposal.proposed : { name, kind: "OTHER" },
    matchConfidence: proposal.confidence,
    span,
  };
}

/** Masthead capitals → sentence case with the place name capitalised: "Ủy ban nhân dân tỉnh Lào Cai". */
export function readableName(printed: string): string {
  const lower = printed.toLocaleLowerCase("vi");
  const placeAt = /\b(tỉnh|thành phố|huyện|thị xã|quận|xã|phường) /u.exec(lower);
  const head = placeAt ? lower.slice(0, placeAt.index + placeAt[0].length) : lower;
  const place = placeAt
    ? lower
        .slice(placeAt.index + placeAt[0].length)
        .replace(/(^|\s)(\p{L})/gu, (_, s, c) => s + c.toUpperCase())
    : "";
  return (head.charAt(0).toUpperCase() + head.slice(1) + place).trim();
}

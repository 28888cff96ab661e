/**
 * Documents the plan implements (căn cứ), cited in its title, preamble and "Căn cứ …" lines: "Kế hoạch số
 * 211-KH/TU ngày 11-6-2020 của Tỉnh ủy Kiên Giang về …". The first (fullest) mention of a symbol wins.
 */

import type { z } from "zod";
import type { basisDocumentSchema } from "./schema";

type BasisDocument = z.infer<typeof basisDocumentSchema>;

const KINDS =
  "Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình hành động|Chương trình|Thông tư|Công văn|Văn bản|Thông báo|Hướng dẫn|Đề án";
const CITATION = new RegExp(
  `(${KINDS})\\s+(?:số\\s*:?\\s*)?(\\d+(?:\\/\\d{4})?[-/][\\p{Lu}Đđ][\\p{L}\\d&-]*(?:\\/[\\p{Lu}Đđ][\\p{L}\\d&-]*)?)` +
    `(?:\\s+ngày\\s+(\\d{1,2})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*|tháng\\s+(\\d{1,2})\\s+năm\\s+)(\\d{4}))?` +
    `(?:\\s+của\\s+([^,;()]+?)(?=\\s+(?:về|thực hiện|ban hành|quy định|hướng dẫn|phê duyệt|tại)\\s|[,;()]|$))?`,
  "gu",
);

export function findBasisDocuments(texts: { text: string; start: number }[]): BasisDocument[] {
  const found = new Map<string, BasisDocument>();
  for (const { text, start } of texts) {
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(text); m !== null; m = CITATION.exec(text)) {
      const symbol = m[2] as string;
      if (found.has(symbol)) continue;
      const month = m[4] ?? m[5];
      const issuedOn =
        m[3] && month && m[6] ? `${m[6]}-${month.padStart(2, "0")}-${m[3].padStart(2, "0")}` : null;
      // The description runs to the end of the clause: "(viết tắt là …)", ";" or the end of the sentence.
      const rest = text.slice(m.index);
      const stop = rest.search(/\s*\(|;|\.(\s|$)|, (Ủy ban|UBND|Chủ tịch|Thủ tướng)/u);
      const body = stop >= 0 ? rest.slice(0, stop) : rest;
      found.set(symbol, {
        symbol,
        kind: m[1] as string,
        issuedOn,
        issuerName: m[7]?.trim() ?? null,
        text: body.trim(),
        span: { start: start + m.index, end: start + m.index + body.trim().length },
      });
    }
  }
  return [...found.values()];
}

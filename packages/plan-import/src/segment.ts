/**
 * Where the parts of an administrative document are: the header (masthead, number, date, type, title,
 * preamble) before the first numbered paragraph, the body, the closing sentence ("Trên đây là …", "…
 * thực hiện./."), then "Nơi nhận", the signature and any appendix. A decision (Quyết định) that issues a
 * plan carries the plan after its own signature: then the body is the appendix's.
 */

import { type DocumentLines, inMultiColumnTable } from "./input/lines";
import { isStructuralMarker, readMarker } from "./numbering";
import { isAllCaps } from "./text-utils";

export interface Segments {
  /** Lines before the body, tables included. */
  header: number[];
  /** Running-text lines of the body (multi-column tables left out). */
  body: number[];
  closing: number | null;
  /** Lines after the body: recipients, signature, appendices. */
  trailer: number[];
  /** The document type line and title lines of a plan issued in an appendix (decision + plan). */
  appendixPlan: { typeLine: number; titleLines: number[] } | null;
}

const RECIPIENTS = /^Nơi nhận\s*:?/iu;
const SIGNATURE = /^(TM|KT|Q|TL|TUQ)\.\s*\p{Lu}/u;
const APPENDIX = /^PHỤ LỤC\b|^Phụ lục(\s+[IVX\d]+)?\s*:?$/u;
const CLOSING = /^(Trên đây là|Căn cứ (ý kiến chỉ đạo|văn bản|nội dung|Kế hoạch|Chỉ thị) (này|trên))/iu;
const PLAN_TYPE = /^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH)$/u;

export function segmentDocument(doc: DocumentLines): Segments {
  const running = (i: number) => !inMultiColumnTable(doc, doc.lines[i] as (typeof doc.lines)[number]);
  const start = doc.lines.findIndex((l, i) => running(i) && isStructuralMarker(readMarker(l.text)));
  if (start < 0) {
    return {
      header: doc.lines.map((l) => l.index),
      body: [],
      closing: null,
      trailer: [],
      appendixPlan: null,
    };
  }
  let { end, closing } = findEnd(doc, start);
  let bodyStart = start;
  let appendixPlan: Segments["appendixPlan"] = null;
  // The decision's own "Nơi nhận" and signature sit between its articles and the plan.
  let signatureBlock: number[] = [];
  // A decision: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", the plan itself after the signature.
  if (readMarker(doc.lines[start]?.text ?? "")?.style === "article") {
    const typeLine = doc.lines.findIndex((l, i) => i >= end && running(i) && PLAN_TYPE.test(l.text));
    const planStart = doc.lines.findIndex(
      (l, i) => i > typeLine && typeLine >= 0 && running(i) && readMarker(l.text)?.style === "roman",
    );
    if (typeLine >= 0 && planStart >= 0) {
      const titleLines = range(typeLine + 1, planStart).filter(running);
      appendixPlan = { typeLine, titleLines };
      signatureBlock = range(end, typeLine);
      bodyStart = planStart;
      ({ end, closing } = findEnd(doc, planStart));
    }
  }
  const header = range(0, start);
  const body = range(bodyStart, end).filter(running);
  const trailer = [...signatureBlock, ...range(end, doc.lines.length).filter((i) => i !== closing)];
  return { header, body, closing, trailer, appendixPlan };
}

function findEnd(doc: DocumentLines, start: number): { end: number; closing: number | null } {
  for (let i = start + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i] as (typeof doc.lines)[number];
    const text = line.text;
    if (RECIPIENTS.test(text) || (SIGNATURE.test(text) && isAllCaps(text)) || APPENDIX.test(text)) {
      return { end: i, closing: null };
    }
    if (inMultiColumnTable(doc, line) || readMarker(text) !== null) continue;
    if (text.endsWith("./.") || CLOSING.test(text)) return { end: i, closing: i };
  }
  return { end: doc.lines.length, closing: null };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

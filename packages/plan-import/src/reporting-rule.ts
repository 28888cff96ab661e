/**
 * The plan's reporting rule: who compiles (the focal agency), by when each year, how often. Read from the
 * sentence that says "báo cáo" with a deadline or a frequency ("Định kỳ trước ngày 05 tháng 12 hàng năm
 * tổng hợp, báo cáo …", "định kỳ hàng năm (trước ngày 10/12) … báo cáo UBND tỉnh (qua Sở X)"). The focal
 * agency is, in order: the one reports go through ("qua X"), the one named "cơ quan đầu mối/thường trực",
 * the one reports are sent to for compiling ("gửi X tổng hợp"), the lead of the task holding the sentence.
 */

import { orgRef, type TextPiece } from "./assignment";
import { fold } from "./fold";
import { type MentionContext, namedAt } from "./org-mentions";
import type { OrgRef, ParsedTask, ReportingRule } from "./schema";
import { sentences } from "./text-utils";
import { findTimePhrases } from "./time";

export interface RuleSource {
  piece: TextPiece;
  /** The task the text belongs to, if any (its lead is the fallback focal agency). */
  task?: ParsedTask;
}

export function findReportingRule(ctx: MentionContext, sources: RuleSource[]): ReportingRule | null {
  let best: { score: number; rule: ReportingRule } | null = null;
  const everywhere = sources.map((s) => s.piece);
  for (const source of sources) {
    for (const sentence of sentences(source.piece.text)) {
      if (!/báo cáo/iu.test(sentence.text)) continue;
      const start = source.piece.start + sentence.start;
      const phrases = findTimePhrases(sentence.text, start);
      const yearly = phrases.find((p) => p.dueDay !== undefined);
      const frequency = phrases.find((p) => p.frequency)?.frequency ?? null;
      if (!yearly && !frequency) continue;
      // "trước ngày 20 hằng tháng": the day of each month's report, with no month of its own.
      const monthDay = yearly ? null : monthlyDueDay(sentence.text);
      const focal =
        throughAgency(ctx, { text: sentence.text, start }) ??
        focalAgency(ctx, [source.piece]) ??
        compilerAgency(ctx, { text: sentence.text, start }) ??
        source.task?.lead?.org ??
        focalAgency(ctx, everywhere);
      const score = (yearly || monthDay ? 2 : 0) + (frequency === "ANNUAL" ? 1 : 0) + (focal ? 1 : 0);
      const text = sentence.text.replace(/^[-–•+]\s*/, "").trim();
      const offset = sentence.text.indexOf(text);
      const main = frequency ?? (yearly ? "ANNUAL" : null);
      const rule: ReportingRule = {
        focal,
        dueDay: yearly?.dueDay ?? monthDay,
        dueMonth: yearly?.dueMonth ?? null,
        frequency: main,
        frequencies: cyclesOf(sentence.text, phrases, main),
        text,
        span: { start: start + offset, end: start + offset + text.length },
        confidence: (yearly || monthDay) && focal ? 1 : focal || yearly || monthDay ? 0.8 : 0.6,
      };
      if (!best || score > best.score) best = { score, rule };
    }
  }
  return best?.rule ?? null;
}

const CYCLE_ORDER = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL"] as const;

/** The day in "trước ngày 20 hằng tháng", "chậm nhất ngày 25 hàng tháng", "vào ngày 15 mỗi tháng"; else null. */
export function monthlyDueDay(text: string): number | null {
  const m = /(?:trước|chậm nhất|không muộn hơn|vào)\s+ngày\s+(\d{1,2})\s+(?:hằng|hàng|mỗi)\s+tháng/iu.exec(
    text,
  );
  const day = m ? Number(m[1]) : Number.NaN;
  return day >= 1 && day <= 31 ? day : null;
}

/**
 * Every cycle a reporting sentence names: its time phrases' frequencies, and a year joined to a shorter
 * cycle ("định kỳ 6 tháng và năm", "hằng quý, năm", "báo cáo 6 tháng, cả năm"), which no phrase reads alone.
 */
function cyclesOf(
  text: string,
  phrases: ReturnType<typeof findTimePhrases>,
  main: ReportingRule["frequency"],
): NonNullable<ReportingRule["frequency"]>[] {
  const found = new Set(phrases.flatMap((p) => (p.frequency ? [p.frequency] : [])));
  if (main) found.add(main);
  if (/(?:tháng|quý)\s*(?:,|và|hoặc)\s*(?:cả\s+|hằng\s+|hàng\s+)?năm\b/iu.test(text)) found.add("ANNUAL");
  return CYCLE_ORDER.filter((c) => found.has(c));
}

function after(ctx: MentionContext, piece: TextPiece, re: RegExp, tail?: RegExp): OrgRef | null {
  const folded = fold(piece.text);
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const named = namedAt(ctx, piece.text, folded, m.index + m[0].length);
    if (named && (!tail || tail.test(folded.slice(named.end)))) return orgRef(piece, named);
  }
  return null;
}

/** "báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường)". */
function throughAgency(ctx: MentionContext, piece: TextPiece): OrgRef | null {
  return after(ctx, piece, /\(qua /g);
}

function compilerAgency(ctx: MentionContext, piece: TextPiece): OrgRef | null {
  return after(ctx, piece, /\bgui /g, /^ (?:de )?tong hop/);
}

/** "Giao Sở Tài nguyên và Môi trường là cơ quan đầu mối, …". */
function focalAgency(ctx: MentionContext, pieces: TextPiece[]): OrgRef | null {
  for (const piece of pieces) {
    const folded = fold(piece.text);
    const re = /la co quan (?:dau moi|thuong truc)/g;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      // The agency is the one named just before: scan back to the start of the clause.
      const clauseStart = Math.max(
        0,
        folded.lastIndexOf(". ", m.index) + 1,
        folded.lastIndexOf("; ", m.index) + 1,
      );
      for (let i = clauseStart; i < m.index; i++) {
        if (i > 0 && /[\p{L}\p{N}]/u.test(piece.text[i - 1] as string)) continue;
        const named = namedAt(ctx, piece.text, folded, i);
        if (named && folded.slice(named.end, m.index).trim() === "") return orgRef(piece, named);
      }
    }
  }
  return null;
}

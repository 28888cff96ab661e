import type { ParsedPlan, Span } from "@plan-tracker/plan-import";

export type HighlightKind = "lead" | "coordinator" | "deadline";

export interface Highlight extends Span {
  kind: HighlightKind;
  taskCode: string;
}

/**
 * Where each task's lead, coordinators and deadlines are written in the source, from the parser's spans
 * (time phrases carry only their text: they are looked up inside the task's own span). Sorted and
 * without overlaps, ready to be marked in the source view.
 */
export function taskHighlights(parsed: ParsedPlan): Highlight[] {
  const out: Highlight[] = [];
  for (const task of parsed.tasks) {
    const lead = task.lead?.org?.span ?? task.lead?.generic?.span;
    if (lead) out.push({ ...lead, kind: "lead", taskCode: task.code });
    for (const c of [...task.coordinators, ...task.genericCoordinators])
      out.push({ ...c.span, kind: "coordinator", taskCode: task.code });
    const text = parsed.sourceText.slice(task.span.start, task.span.end);
    let from = 0;
    for (const phrase of task.timeTexts) {
      const at = text.indexOf(phrase, from);
      if (at < 0) continue;
      out.push({
        start: task.span.start + at,
        end: task.span.start + at + phrase.length,
        kind: "deadline",
        taskCode: task.code,
      });
      from = at + phrase.length;
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const h of out) {
    const last = kept[kept.length - 1];
    if (h.end <= h.start || (last && h.start < last.end)) continue;
    kept.push(h);
  }
  return kept;
}

/** The source cut into plain and highlighted pieces; `anchor` marks where a task's text begins. */
export interface SourcePiece {
  text: string;
  highlight: Highlight | null;
  anchor: string | null;
}

export function sourcePieces(
  source: string,
  highlights: readonly Highlight[],
  anchors: readonly { code: string; start: number }[],
): SourcePiece[] {
  const cuts = new Map<number, string>();
  for (const a of anchors) if (!cuts.has(a.start)) cuts.set(a.start, a.code);
  const pieces: SourcePiece[] = [];
  const plain = (from: number, to: number) => {
    // Split plain text at anchors so each task's start can be scrolled to.
    const inside = [...cuts.keys()].filter((c) => c > from && c < to).sort((a, b) => a - b);
    let start = from;
    for (const c of [...inside, to]) {
      if (c > start)
        pieces.push({ text: source.slice(start, c), highlight: null, anchor: cuts.get(start) ?? null });
      start = c;
    }
  };
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) plain(at, h.start);
    pieces.push({ text: source.slice(h.start, h.end), highlight: h, anchor: cuts.get(h.start) ?? null });
    at = h.end;
  }
  if (at < source.length) plain(at, source.length);
  return pieces;
}

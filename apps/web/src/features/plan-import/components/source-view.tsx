"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { type Highlight, type HighlightKind, sourcePieces } from "../highlights";

/** Marks differ by more than colour: lead solid underline, coordinators dotted, deadlines a dashed box. */
export const MARK_CLASS: Record<HighlightKind, string> = {
  lead: "rounded-sm bg-amber-100 font-semibold underline decoration-amber-800 decoration-2 underline-offset-2",
  coordinator:
    "rounded-sm bg-sky-100 underline decoration-sky-800 decoration-dotted decoration-2 underline-offset-2",
  deadline: "rounded-sm border border-dashed border-emerald-800 bg-emerald-50 px-0.5",
};

export interface SourceViewProps {
  source: string;
  highlights: Highlight[];
  anchors: { code: string; start: number }[];
  activeTask: string | null;
}

/** The normalised document, with each task's lead, coordinators and deadlines marked. */
export function SourceView({ source, highlights, anchors, activeTask }: SourceViewProps) {
  const t = useTranslations("planImport.review");
  const pieces = useMemo(() => sourcePieces(source, highlights, anchors), [source, highlights, anchors]);
  const label = (kind: HighlightKind) =>
    kind === "lead" ? t("legendLead") : kind === "coordinator" ? t("legendCoordinator") : t("legendDeadline");
  return (
    // Not a named section: the scrollable text below is the one region called "Văn bản gốc".
    <div className="flex flex-col gap-2">
      <h2 id="source-heading" className="text-lg font-semibold">
        {t("source")}
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
        <span>{t("legend")}</span>
        {(["lead", "coordinator", "deadline"] as const).map((kind) => (
          <span key={kind} className={MARK_CLASS[kind]}>
            {label(kind)}
          </span>
        ))}
      </p>
      <ScrollRegion
        label={t("source")}
        className="max-h-[75vh] overflow-auto whitespace-pre-wrap rounded-md border border-slate-300 bg-white p-4 font-serif text-[15px] leading-relaxed text-slate-900"
      >
        {pieces.map((piece, i) => {
          const id = piece.anchor ? `src-${piece.anchor}` : undefined;
          if (!piece.highlight)
            return (
              <span
                key={i}
                id={id}
                className={cn(
                  piece.anchor &&
                    piece.anchor === activeTask &&
                    "bg-yellow-50 outline outline-2 outline-brand-600",
                )}
              >
                {piece.text}
              </span>
            );
          return (
            <mark
              key={i}
              id={id}
              title={`${piece.highlight.taskCode}: ${label(piece.highlight.kind)}`}
              className={cn("text-slate-900", MARK_CLASS[piece.highlight.kind])}
            >
              {piece.text}
            </mark>
          );
        })}
      </ScrollRegion>
    </div>
  );
}

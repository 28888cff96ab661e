import { z } from "zod";
import type { ReportModel, TextBlock } from "./model";

/**
 * The compiler's edits, kept apart from the compiled model so a re-compilation never overwrites them.
 * Each edit remembers the generated text it was made against (`basis`): when compilation later proposes
 * something else (a submission accepted later), the edit is kept and flagged stale.
 */
export const narrativeSchema = z.object({
  blocks: z
    .record(
      z.string(),
      z.object({
        text: z.string(),
        basis: z.string(),
        editedAt: z.string(),
        editedBy: z.string(),
      }),
    )
    .default({}),
});
export type Narrative = z.infer<typeof narrativeSchema>;
export type NarrativeEdit = Narrative["blocks"][string];

/** A stored narrative, or an empty one for anything unreadable ({} is the column's default). */
export function readNarrative(value: unknown): Narrative {
  const parsed = narrativeSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { blocks: {} };
}

function overlay(block: TextBlock, edits: Narrative["blocks"]): TextBlock {
  const edit = edits[block.key];
  if (!edit) return block;
  return { ...block, text: edit.text, edited: true, stale: edit.basis !== block.generated };
}

/** Every editable block of a model, in reading order. */
export function textBlocks(model: ReportModel): TextBlock[] {
  return [
    model.introduction,
    ...model.sections.flatMap((s) => [s.summary, ...s.tasks.map((t) => t.results)]),
    model.difficultiesSummary,
    model.proposalsSummary,
    model.nextYear,
  ];
}

/** The model as printed: each block's text is the compiler's edit where there is one. */
export function applyNarrative(model: ReportModel, narrative: Narrative): ReportModel {
  const edits = narrative.blocks;
  const applied: ReportModel = {
    ...model,
    introduction: overlay(model.introduction, edits),
    sections: model.sections.map((s) => ({
      ...s,
      summary: overlay(s.summary, edits),
      tasks: s.tasks.map((t) => ({ ...t, results: overlay(t.results, edits) })),
    })),
    difficultiesSummary: overlay(model.difficultiesSummary, edits),
    proposalsSummary: overlay(model.proposalsSummary, edits),
    nextYear: overlay(model.nextYear, edits),
  };
  // The annex summarises what the report says: an edited result replaces the generated one there too.
  const editedResults = new Map(
    applied.sections.flatMap((s) => s.tasks.filter((t) => t.results.edited).map((t) => [t.code, t] as const)),
  );
  applied.annex = model.annex.map((row) => {
    const task = editedResults.get(row.code);
    if (!task) return row;
    return {
      ...row,
      results: [task.results.text, ...task.contributions.map((c) => `${c.organization}: ${c.text}`)]
        .filter(Boolean)
        .join("\n"),
    };
  });
  return applied;
}

/**
 * Records the compiler's text for one block. Text equal to the generated one removes the edit (the block
 * follows compilation again); the basis is the generated text the compiler saw.
 */
export function editBlock(
  narrative: Narrative,
  model: ReportModel,
  key: string,
  text: string,
  by: { userId: string; at: Date },
): Narrative {
  const target = textBlocks(model).find((b) => b.key === key);
  if (!target) throw new RangeError(`No block ${key} in the report`);
  const blocks = { ...narrative.blocks };
  const normalized = text.replace(/\r\n?/g, "\n").trim();
  if (normalized === target.generated.trim()) delete blocks[key];
  else
    blocks[key] = {
      text: normalized,
      basis: target.generated,
      editedAt: by.at.toISOString(),
      editedBy: by.userId,
    };
  return { blocks };
}

/**
 * Who carries an agency's duties after a reorganization (docs/reorganization.md). A plan names its agencies
 * as they were when it was signed; a period is reported by the agencies that exist on its data cut-off.
 * Between the two stand reorganization events: on their effective day each predecessor's duties pass to its
 * successors (merged, renamed: one successor; split: several, one chosen per task by the administrator;
 * abolished: none). Chains follow on (Sở TN&MT → Sở Nông nghiệp và Môi trường of Kiên Giang on 01/3/2025 →
 * of An Giang on 01/7/2025). A transfer of a function moves nothing by itself: the predecessor goes on,
 * and only the tasks the administrator assigns move.
 */

export const REORGANIZATION_KINDS = ["MERGE", "SPLIT", "RENAME", "ABOLISH", "TRANSFER"] as const;
export type ReorganizationKind = (typeof REORGANIZATION_KINDS)[number];

/** One predecessor → successor link of an event; an ABOLISH event has links to nobody (successorId null). */
export interface SuccessionLink {
  eventId: string;
  kind: ReorganizationKind;
  /** "yyyy-MM-dd": the first day the successor carries the duty. */
  effectiveOn: string;
  predecessorId: string;
  successorId: string | null;
}

/** The administrator's choice, for one task, of the successor that takes a predecessor's duty in a split. */
export interface DutyChoice {
  eventId: string;
  taskId: string;
  predecessorId: string;
  successorId: string;
}

export type DutyResolution =
  /** The agencies that answer for it on the day: the written one when nothing changed. */
  | { state: "HELD"; holderIds: string[] }
  /** A split (or a transfer) the administrator has not assigned for this task yet: nobody answers. */
  | { state: "UNASSIGNED"; eventId: string; predecessorId: string; candidateIds: string[] }
  /** The agency was abolished without a successor. */
  | { state: "LAPSED"; eventId: string; predecessorId: string };

/** Chains longer than this are a data error (a cycle), not a reorganization. */
const MAX_CHAIN = 16;

/**
 * Who answers on `day` for the duty `taskId` gave to `organizationId`: follows every event effective on or
 * before `day`, in date order, through chains.
 */
export function resolveDuty(
  organizationId: string,
  day: string,
  links: readonly SuccessionLink[],
  choices: readonly DutyChoice[] = [],
  taskId: string | null = null,
): DutyResolution {
  let current = [organizationId];
  for (let step = 0; step < MAX_CHAIN; step++) {
    const next: string[] = [];
    let moved = false;
    for (const id of current) {
      const outcome = stepOf(id, day, links, choices, taskId);
      if ("state" in outcome) return outcome;
      next.push(...outcome.ids);
      moved ||= outcome.moved;
    }
    current = [...new Set(next)];
    if (!moved) return { state: "HELD", holderIds: current };
  }
  throw new RangeError(`Reorganization links of ${organizationId} form a cycle`);
}

/** The first event on or before `day` that moves `id`'s duty on this task, applied. */
function stepOf(
  id: string,
  day: string,
  links: readonly SuccessionLink[],
  choices: readonly DutyChoice[],
  taskId: string | null,
): { ids: string[]; moved: boolean } | Exclude<DutyResolution, { state: "HELD" }> {
  const outgoing = links
    .filter((l) => l.predecessorId === id && l.effectiveOn <= day)
    .sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
  for (const eventId of [...new Set(outgoing.map((l) => l.eventId))]) {
    const event = outgoing.filter((l) => l.eventId === eventId);
    const kind = event[0]?.kind;
    const successors = event.flatMap((l) => (l.successorId ? [l.successorId] : []));
    const chosen = choices.find(
      (c) => c.eventId === eventId && c.predecessorId === id && c.taskId === taskId,
    );
    if (kind === "TRANSFER") {
      // The agency goes on; a task moves only when the administrator moved it.
      if (chosen && successors.includes(chosen.successorId))
        return { ids: [chosen.successorId], moved: true };
      continue;
    }
    if (successors.length === 0) return { state: "LAPSED", eventId, predecessorId: id };
    if (successors.length === 1) return { ids: successors, moved: true };
    if (chosen && successors.includes(chosen.successorId)) return { ids: [chosen.successorId], moved: true };
    return { state: "UNASSIGNED", eventId, predecessorId: id, candidateIds: successors };
  }
  return { ids: [id], moved: false };
}

/**
 * How a duty reads once its holder changed: the plan's words kept, today's name beside them, the form
 * official documents use ("Sở TN&MT (nay là Sở Nông nghiệp và Môi trường)").
 */
export function dutyLabel(writtenName: string, holderNames: readonly string[]): string {
  const now = holderNames.filter((n) => n !== writtenName);
  return now.length ? `${writtenName} (nay là ${now.join(", ")})` : writtenName;
}

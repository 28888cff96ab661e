import { excerpt } from "@plan-tracker/core";

/** Longest title a plan-page row shows; the task page has the whole text. */
export const TASK_TITLE_MAX = 120;

/**
 * A task's short title for the plan page: the first line of its text, clipped. Not the heading: an
 * imported heading is the assignment clause ("Sở X chủ trì, phối hợp với …:"), which the row already
 * shows as its lead, while the first line says what the work is.
 */
export function taskTitle(task: { heading: string | null; content: string }): string {
  const firstLine = task.content.split("\n").find((line) => line.trim()) ?? "";
  return excerpt(firstLine || (task.heading ?? ""), TASK_TITLE_MAX);
}

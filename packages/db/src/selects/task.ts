import type { Prisma } from "../generated/prisma/client";

/**
 * A task as an agency's task lists show it (home page, my tasks): its text, kind, lead and section.
 * Add the relation counts or rows a list needs beside it.
 */
export const taskListSelect = {
  id: true,
  code: true,
  heading: true,
  content: true,
  kind: true,
  leadOrganizationId: true,
  leadScope: true,
  leadOrganization: { select: { shortName: true } },
  section: { select: { code: true, heading: true } },
} as const satisfies Prisma.TaskSelect;

export type TaskListRow = Prisma.TaskGetPayload<{ select: typeof taskListSelect }>;

/** A task's own columns as the plan document states them (the task page and the API's plan detail). */
export const taskFieldsSelect = {
  id: true,
  code: true,
  sectionId: true,
  label: true,
  heading: true,
  content: true,
  kind: true,
  timeTexts: true,
  dueDate: true,
  periodStartYear: true,
  periodEndYear: true,
  leadImplied: true,
  leadText: true,
  leadScope: true,
  leadScopePhrase: true,
} as const satisfies Prisma.TaskSelect;

import type { Prisma } from "../generated/prisma/client";

/** A section as a plan's tree is rebuilt from (by parentId), in the order `sectionTreeOrderBy` gives. */
export const sectionTreeSelect = {
  id: true,
  code: true,
  number: true,
  heading: true,
  body: true,
  parentId: true,
  order: true,
  depth: true,
} as const satisfies Prisma.SectionSelect;

/** Parents before children, siblings in document order. */
export const sectionTreeOrderBy: Prisma.SectionOrderByWithRelationInput[] = [
  { depth: "asc" },
  { order: "asc" },
];

export type SectionTreeRow = Prisma.SectionGetPayload<{ select: typeof sectionTreeSelect }>;

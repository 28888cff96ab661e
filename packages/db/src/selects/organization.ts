import type { Prisma } from "../generated/prisma/client";

/** An organization referred to by its stable code (the API's references). */
export const organizationCodeSelect = { code: true } as const satisfies Prisma.OrganizationSelect;

/** An organization as a directory lists it: names, kind and the years it existed. */
export const organizationDirectorySelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  kind: true,
  validFrom: true,
  validTo: true,
} as const satisfies Prisma.OrganizationSelect;

export type OrganizationDirectoryRow = Prisma.OrganizationGetPayload<{
  select: typeof organizationDirectorySelect;
}>;

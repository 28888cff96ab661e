import "server-only";
import { searchTokens } from "@plan-tracker/core";
import { organizationDirectorySelect } from "@plan-tracker/db/selects";
import { prisma } from "@/server/db";
import { likeLiteral } from "@/server/like-literal";

/** The directory, optionally filtered accent-insensitively; one query plus one count of led tasks. */
export async function listOrganizations(query?: string) {
  const tokens = query ? searchTokens(query) : [];
  const organizations = await prisma.organization.findMany({
    where: tokens.length
      ? { AND: tokens.map((token) => ({ searchKey: { contains: likeLiteral(token) } })) }
      : undefined,
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      ...organizationDirectorySelect,
      note: true,
      // What became of it: the successors of each reorganization that ended or moved it, in date order.
      succeededBy: {
        orderBy: { event: { effectiveOn: "asc" } },
        select: {
          successor: { select: { name: true } },
          event: { select: { effectiveOn: true, basisNumber: true } },
        },
      },
      _count: { select: { ledTasks: true } },
    },
  });
  return organizations;
}

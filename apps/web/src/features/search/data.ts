import "server-only";
import { searchTokens } from "@plan-tracker/core";
import { prisma } from "@/server/db";
import { likeLiteral } from "@/server/like-literal";

const LIMIT = 50;

/**
 * Accent-insensitive search over tasks, action items and sections: the query is reduced to the same
 * key as the stored searchKey columns ("tai nguyen nuoc" ↔ "tài nguyên nước", "d" ↔ "đ"). Three queries.
 * Tasks a re-import retired are left out, as on the plan page.
 */
export async function searchPlans(query: string) {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return { tasks: [], actionItems: [], sections: [] };
  const match = { AND: tokens.map((token) => ({ searchKey: { contains: likeLiteral(token) } })) };
  const [tasks, actionItems, sections] = await Promise.all([
    prisma.task.findMany({
      where: { ...match, retiredAt: null },
      orderBy: [{ planId: "asc" }, { order: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        code: true,
        heading: true,
        content: true,
        plan: { select: { symbol: true } },
        leadOrganization: { select: { shortName: true } },
      },
    }),
    prisma.actionItem.findMany({
      where: { ...match, task: { retiredAt: null } },
      orderBy: [{ taskId: "asc" }, { order: "asc" }],
      take: LIMIT,
      select: {
        id: true,
        code: true,
        content: true,
        task: { select: { id: true, plan: { select: { symbol: true } } } },
      },
    }),
    prisma.section.findMany({
      where: match,
      orderBy: [{ planId: "asc" }, { depth: "asc" }, { order: "asc" }],
      take: LIMIT,
      select: { id: true, code: true, heading: true, planId: true, plan: { select: { symbol: true } } },
    }),
  ]);
  return { tasks, actionItems, sections };
}

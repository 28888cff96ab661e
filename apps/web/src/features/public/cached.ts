import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/server/db";
import { loadPublicPlan } from "./data";

export const PUBLIC_REVALIDATE_SECONDS = 300;
export const publicPlanTag = (planId: string) => `public-plan:${planId}`;

/**
 * The public page's data, cached for every visitor alike (nothing in it depends on who asks): a burst of
 * visitors costs the database one load per plan per five minutes. Publishing or hiding a plan expires it.
 */
export function cachedPublicPlan(planId: string) {
  return unstable_cache(() => loadPublicPlan(prisma, planId, new Date()), ["public-plan", planId], {
    revalidate: PUBLIC_REVALIDATE_SECONDS,
    tags: [publicPlanTag(planId)],
  })();
}

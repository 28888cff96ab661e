import { existsSync } from "node:fs";
import path from "node:path";
import type { Fixtures } from "./fixtures";
import { request } from "./http";
import { WEB_DIR } from "./server";
import { percentile, round1 } from "./stats";

export type SignedIn = "staff" | "leader" | "compiler";

/**
 * One measured page: a figure name, who views it, its path. Add an entry to measure a new page; an entry
 * whose route file is not in the app yet (`route`, relative to src/app) is skipped with a note.
 */
export interface PageEntry {
  name: string;
  as: SignedIn;
  path: (f: Fixtures) => string;
  route?: string;
}

export const PAGES: PageEntry[] = [
  { name: "my_tasks", as: "staff", path: () => "/my-tasks" },
  { name: "plan_page", as: "leader", path: (f) => `/plans/${f.planId}` },
  { name: "task_page", as: "leader", path: (f) => `/tasks/${f.taskId}` },
  { name: "update_page", as: "staff", path: (f) => `/periods/${f.staffPeriodId}/tasks/${f.staffTaskId}` },
  { name: "home_staff", as: "staff", path: () => "/" },
  { name: "submissions_board", as: "compiler", path: (f) => `/periods/${f.plan182OpenPeriodId}/submissions` },
  {
    name: "dashboard",
    as: "leader",
    path: (f) => `/plans/${f.planId}/dashboard`,
    route: "(app)/plans/[planId]/dashboard/page.tsx",
  },
  // One plan's dashboard (the largest plan with an open period): /dashboard without a plan is the portfolio.
  {
    name: "dashboard",
    as: "leader",
    path: (f) => `/dashboard?plan=${f.planId}`,
    route: "(app)/dashboard/page.tsx",
  },
  // Every plan on one page and the agencies across them (features/dashboard/portfolio.ts).
  { name: "portfolio", as: "leader", path: () => "/dashboard", route: "(app)/dashboard/page.tsx" },
  // The plan with the most periods (monthly): its dashboard, the board of its open period, its busiest task.
  {
    name: "dashboard_longest",
    as: "leader",
    path: (f) => `/dashboard?plan=${f.longestPlanId}`,
    route: "(app)/dashboard/page.tsx",
  },
  {
    name: "submissions_board_longest",
    as: "leader",
    path: (f) => `/periods/${f.longestOpenPeriodId}/submissions`,
  },
  { name: "task_page_longest", as: "leader", path: (f) => `/tasks/${f.longestTaskId}` },
];

export function pagesPresent(): { present: PageEntry[]; missing: PageEntry[] } {
  const exists = (e: PageEntry) => !e.route || existsSync(path.join(WEB_DIR, "src/app", e.route));
  const present: PageEntry[] = [];
  for (const e of PAGES) if (exists(e) && !present.some((p) => p.name === e.name)) present.push(e);
  return { present, missing: PAGES.filter((e) => !present.some((p) => p.name === e.name)) };
}

export interface PageFigures {
  queries: number;
  p50: number;
  p95: number;
  bytes: number;
  /** The server's CPU time per timed request (ms), when `cpuMs` is given: what a page costs, whatever the load. */
  cpuMs: number | null;
}

async function queryTotal(baseUrl: string): Promise<number> {
  const answer = await request(`${baseUrl}/api/bench/query-count`);
  return (JSON.parse(answer.body) as { total: number }).total;
}

/**
 * Warm-up, then the statement count of three requests (one at a time: the counter is per process) and
 * the time to the last byte of `samples` sequential requests.
 */
export async function measurePage(
  baseUrl: string,
  cookie: string,
  pagePath: string,
  { warmup = 5, samples = 40, cpuMs }: { warmup?: number; samples?: number; cpuMs?: () => number } = {},
): Promise<PageFigures> {
  const get = async () => {
    const answer = await request(`${baseUrl}${pagePath}`, { headers: { cookie } });
    if (answer.status !== 200)
      throw new Error(`GET ${pagePath} answered ${answer.status} ${answer.headers.location ?? ""}`);
    return answer;
  };
  for (let i = 0; i < warmup; i++) await get();
  let queries = 0;
  for (let i = 0; i < 3; i++) {
    const before = await queryTotal(baseUrl);
    await get();
    queries = Math.max(queries, (await queryTotal(baseUrl)) - before);
  }
  const times: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuMs?.();
  for (let i = 0; i < samples; i++) {
    const answer = await get();
    times.push(answer.ms);
    bytes = Buffer.byteLength(answer.body);
  }
  const cpu = cpuMs && cpuBefore !== undefined ? round1((cpuMs() - cpuBefore) / samples) : null;
  return {
    queries,
    p50: round1(percentile(times, 50)),
    p95: round1(percentile(times, 95)),
    bytes,
    cpuMs: cpu,
  };
}

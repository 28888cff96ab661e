import { queryCountEnabled, queryCountTotal } from "@/server/query-count";

export const dynamic = "force-dynamic";

/**
 * The benchmark's statement counter (BENCH_QUERY_COUNT=1 only; 404 otherwise): the number of SQL
 * statements this server process has sent. Says nothing about any data.
 */
export function GET(): Response {
  if (!queryCountEnabled()) return new Response("Not Found", { status: 404 });
  return Response.json({ total: queryCountTotal() }, { headers: { "Cache-Control": "no-store" } });
}

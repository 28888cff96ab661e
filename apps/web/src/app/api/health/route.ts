import { prisma } from "@/server/db";

export const dynamic = "force-dynamic";

/** A load balancer gives up on a check after a few seconds; answer before it does. */
const DATABASE_TIMEOUT_MS = 2_000;

/**
 * Health check for load balancers and monitoring: 200 when this node can reach the database, 503 when it
 * cannot (take it out of rotation). Public and cheap: one `SELECT 1`, nothing about the data. Attachment
 * storage is not checked: a storage outage should not take every node out at once.
 */
export async function GET() {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const database = await Promise.race([
    prisma.$queryRaw`SELECT 1`.then(() => "ok" as const),
    new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), DATABASE_TIMEOUT_MS);
    }),
  ])
    .catch((error: unknown) => {
      console.error("[health] database unreachable:", error instanceof Error ? error.message : error);
      return "unreachable" as const;
    })
    .finally(() => clearTimeout(timer));
  const ok = database === "ok";
  return Response.json(
    { status: ok ? "ok" : "unavailable", database, ms: Date.now() - started },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

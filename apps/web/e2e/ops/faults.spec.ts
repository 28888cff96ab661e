/**
 * Faults and shutdown, against the production build (NEXT_DIST_DIR, default .next) on a PostgreSQL
 * cluster of this spec's own (port FAULT_PG_PORT, 5499): the machine's server is never stopped. One
 * cluster, seeded once with the demo, serves the three tests in turn; everything started is stopped
 * and deleted in afterAll / finally blocks, also when a test fails.
 */

import { createDemoCluster, type DemoCluster, withClient } from "@plan-tracker/bench/faults/demo-database";
import {
  holdLocks,
  jobState,
  waitForJobState,
  waitForLockWaiters,
} from "@plan-tracker/bench/faults/in-flight";
import { DEFAULTS, runPgRestart } from "@plan-tracker/bench/faults/pg-restart";
import { prepareClients, saveBody } from "@plan-tracker/bench/faults/save-clients";
import { startNext, startWorkerCli, type WatchedProcess } from "@plan-tracker/bench/faults/server-process";
import { request } from "@plan-tracker/bench/measure/http";
import { createDatabase } from "@plan-tracker/db";
import { createBoss } from "@plan-tracker/jobs/boss";
import { QUEUES } from "@plan-tracker/jobs/queues";
import { expect, test } from "@playwright/test";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const pgPort = Number(process.env.FAULT_PG_PORT ?? 5499);
// One port for the servers these tests start one after the other (never the suite's own server's).
const port = Number(process.env.FAULT_PORT ?? DEFAULTS.port);
const baseUrl = `http://127.0.0.1:${port}`;
const log = (line: string) => console.log(`[faults] ${line}`);

// In order, in one worker (they share the cluster and port), each test run even when one before failed.
test.describe.configure({ mode: "default" });

let demo: DemoCluster | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  demo = await createDemoCluster(pgPort, log);
});

test.afterAll(async () => {
  await demo?.cluster.destroy();
});

test("PostgreSQL restarted mid-load: only 503s during the outage, recovery by itself, no save lost or duplicated", async () => {
  test.setTimeout(180_000);
  if (!demo) throw new Error("no cluster");
  const { figures, failures, samples } = await runPgRestart({ ...DEFAULTS, distDir, port, log }, demo);
  log(
    Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(" "),
  );
  for (const line of samples) log(`sample: ${line}`);
  expect(failures).toEqual([]);
  expect(figures["fault.errors_during_outage"]).toBeGreaterThan(0); // the fault really hit the load
  expect(figures["fault.ok_after_outage"]).toBeGreaterThan(0);
});

/** Enqueues a reminders run as the schedule would, and waits until a worker has taken it. */
async function jobInFlight(databaseUrl: string): Promise<string> {
  const db = createDatabase({ url: databaseUrl, poolSize: 1 });
  const boss = createBoss(db, { supervise: false, schedule: false });
  await boss.start();
  try {
    const id = await boss.send(QUEUES.reminders, {});
    if (!id) throw new Error("the reminders job was not queued");
    await waitForJobState(databaseUrl, id, "active", 20_000);
    return id;
  } finally {
    await boss.stop({ graceful: false });
    await db.close();
  }
}

test("SIGTERM to next start: stops accepting, the save in flight answers 200, the job in flight completes, exit 0", async () => {
  test.setTimeout(120_000);
  if (!demo) throw new Error("no cluster");
  const { databaseUrl } = demo;
  const [client] = await withClient(databaseUrl, (c) => prepareClients(c, 1));
  if (!client) throw new Error("no client");
  let locks: Awaited<ReturnType<typeof holdLocks>> | undefined;
  let server: WatchedProcess | undefined;
  try {
    server = await startNext(distDir, port, databaseUrl);
    await server.waitFor(/\[jobs\] started/, 60_000);
    locks = await holdLocks(databaseUrl, client);
    const jobId = await jobInFlight(databaseUrl);
    const save = request(`${baseUrl}/api/v1/updates`, {
      method: "PUT",
      headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
      body: saveBody(client, client.version, "[shutdown] lưu trong lúc máy chủ dừng", 50),
    });
    // The job and the save both wait on our locks.
    await waitForLockWaiters(databaseUrl, "%", 2, 20_000);

    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await server.waitFor(/\[shutdown\] SIGTERM/, 5_000);
    // No new connection once the signal is handled.
    await expect(request(`${baseUrl}/sign-in`, { timeoutMs: 5_000 })).rejects.toThrow(/ECONNREFUSED/);
    // Both wait for our locks: the process must wait for them rather than exit.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(server.child.exitCode).toBeNull();
    await locks.release();

    const answer = await save;
    expect(answer.status, answer.body).toBe(200);
    const exit = await server.exited;
    expect(exit, server.output()).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(await jobState(databaseUrl, jobId)).toBe("completed");
  } finally {
    await locks?.release();
    server?.kill();
  }
});

test("SIGTERM to pnpm worker: the job in flight completes, exit 0", async () => {
  test.setTimeout(120_000);
  if (!demo) throw new Error("no cluster");
  const { databaseUrl } = demo;
  const [client] = await withClient(databaseUrl, (c) => prepareClients(c, 1));
  if (!client) throw new Error("no client");
  const worker = startWorkerCli(databaseUrl);
  let locks: Awaited<ReturnType<typeof holdLocks>> | undefined;
  try {
    await worker.waitFor(/\[jobs\] started/, 60_000);
    locks = await holdLocks(databaseUrl, client);
    const jobId = await jobInFlight(databaseUrl);
    const signalled = Date.now();
    worker.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(worker.child.exitCode, worker.output()).toBeNull();
    await locks.release();
    const exit = await worker.exited;
    expect(exit, worker.output()).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(await jobState(databaseUrl, jobId)).toBe("completed");
  } finally {
    await locks?.release();
    worker.kill();
  }
});

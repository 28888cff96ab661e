import { createHash } from "node:crypto";
import http from "node:http";
import type { ClientBase } from "pg";
import { BENCH_EMAIL_DOMAIN } from "../generate/shape";
import { type EditableUpdate, editableUpdates } from "./editable-updates";
import { request } from "./http";
import { percentile, round1 } from "./stats";

const TOKEN_NAME = "bench-load";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface Target {
  updateId: string;
  periodId: string;
  taskId: string;
  organizationId: string;
  version: number;
  userId: string;
}

interface Connection extends Target {
  token: string;
}

export interface SaveFigures {
  users: number;
  requests: number;
  accepted: number;
  conflicts: number;
  errors: number;
  lostUpdates: number;
  p50: number;
  p95: number;
  /** p95 of each user's first timed save: 200 users arriving within one think time, tokens first used. */
  firstSaveP95: number;
  warmupSaves: number;
  seconds: number;
  thinkMs: number;
  errorSamples: string[];
  /** Per second of the run (by when a save was sent): how many, how long, and the server's CPU then. */
  timeline: SecondOfRun[];
}

export interface SecondOfRun {
  second: number;
  saves: number;
  p50: number;
  p95: number;
  /** Server CPU time used in that second (ms), when the caller can read it. */
  serverCpuMs: number | null;
}

/**
 * Untimed saves before the run, as the pages get warm-up requests, so that the route's first compilation
 * is not timed. (It is not what makes the first wave slow: with 200 warm-up saves each user's first save
 * is as slow; `firstSaveP95` reports it apart.)
 */
const WARMUP_SAVES = 20;

/**
 * Half as many updates as users, each edited by both staff of its agency (so saves collide on versions
 * and on the agency's report row), in open periods whose agency report is still editable. Every user
 * gets a personal API token (only its hash is stored, as the app does).
 */
async function prepare(client: ClientBase, users: number): Promise<Connection[]> {
  const rows = await editableUpdates(client, {
    staffEmailLike: `%@${BENCH_EMAIL_DOMAIN}`,
    onePerAgency: true,
  });
  const usable = rows.filter((r) => r.staff.length >= 2);
  const updates = Math.ceil(users / 2);
  if (usable.length < updates)
    throw new Error(
      `The data set has ${usable.length} editable agency updates, the save test needs ${updates}.`,
    );
  await client.query(`DELETE FROM "ApiToken" WHERE name = $1`, [TOKEN_NAME]);
  const connections: Connection[] = [];
  for (let c = 0; c < users; c++) {
    const target = usable[c >> 1] as EditableUpdate;
    const userId = target.staff[c % 2] as string;
    const token = `pt_${createHash("sha256").update(`bench-load-${c}-${Date.now()}`).digest("base64url")}`;
    connections.push({ ...target, userId, token });
  }
  const hash = (t: string) => createHash("sha256").update(t, "utf8").digest("hex");
  await client.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix)
     SELECT 'bxk' || md5(h), u, $1, h, p FROM unnest($2::text[], $3::text[], $4::text[]) AS t(u, h, p)`,
    [
      TOKEN_NAME,
      connections.map((c) => c.userId),
      connections.map((c) => hash(c.token)),
      connections.map((c) => c.token.slice(0, 11)),
    ],
  );
  return connections;
}

/**
 * `users` agency users at once, each saving `savesPerUser` times through PUT /api/v1/updates, pausing
 * about `thinkMs` between saves (a person typing, the editor's autosave; 0: back to back, a stress test),
 * with the version it last saw (after a 409 it takes the current version and saves again, as the editor's
 * conflict view lets a person do). Then every accepted save is checked against the database: per update,
 * no two accepted saves share a version, and the row holds the text and version of the last accepted one.
 */
export async function runSaveLoad(
  baseUrl: string,
  client: ClientBase,
  {
    users = 200,
    savesPerUser = 10,
    thinkMs = 4000,
    serverCpuMs,
  }: { users?: number; savesPerUser?: number; thinkMs?: number; serverCpuMs?: () => number } = {},
): Promise<SaveFigures> {
  const connections = await prepare(client, users);
  const agent = new http.Agent({ keepAlive: true, maxSockets: users });
  const times: number[] = [];
  const accepted = new Map<string, { version: number; results: string }[]>();
  const errorSamples: string[] = [];
  let conflicts = 0;
  let errors = 0;
  let failedRequests = 0;
  const firstSaves: number[] = [];
  const sent: { at: number; ms: number }[] = [];
  const bodyOf = (conn: Connection, version: number, percent: number, results: string) =>
    JSON.stringify({
      periodId: conn.periodId,
      taskId: conn.taskId,
      actionItemId: null,
      organizationId: conn.organizationId,
      expectedVersion: version,
      status: "IN_PROGRESS",
      percent,
      completedOn: null,
      results,
      difficulties: "",
      proposals: "",
      citedDocuments: [],
      indicatorValues: [],
    });
  const put = (conn: Connection, body: string) =>
    request(`${baseUrl}/api/v1/updates`, {
      method: "PUT",
      agent,
      headers: { authorization: `Bearer ${conn.token}`, "content-type": "application/json" },
      body,
    });
  const warm = connections[0];
  if (warm) {
    let version = warm.version;
    for (let i = 0; i < WARMUP_SAVES; i++) {
      const answer = await put(warm, bodyOf(warm, version, i % 100, `[bench] khởi động ${i}`));
      if (answer.status !== 200)
        throw new Error(`warm-up save answered ${answer.status}: ${answer.body.slice(0, 200)}`);
      version = (JSON.parse(answer.body) as { data: { version: number } }).data.version;
    }
    for (const conn of connections) if (conn.updateId === warm.updateId) conn.version = version;
  }
  const started = performance.now();
  const cpuBySecond: number[] = [];
  const cpuSampler = serverCpuMs && setInterval(() => cpuBySecond.push(serverCpuMs()), 1000);
  const cpuAtStart = serverCpuMs?.();
  await Promise.all(
    connections.map(async (conn, c) => {
      let version = conn.version;
      // Users start spread over one think time, then pause 0.5–1.5 × thinkMs between saves (seeded).
      const pause = (k: number) => thinkMs * (0.5 + spread(c * 7919 + k * 104729));
      if (thinkMs > 0) await sleep(pause(-1) - thinkMs / 2);
      for (let i = 0; i < savesPerUser; i++) {
        if (i > 0 && thinkMs > 0) await sleep(pause(i));
        const results = `[bench] người dùng ${c}, lần lưu ${i}: đã hoàn thành ${i * 10}% khối lượng.`;
        try {
          const at = (performance.now() - started) / 1000;
          const answer = await put(conn, bodyOf(conn, version, (c + i) % 100, results));
          times.push(answer.ms);
          sent.push({ at, ms: answer.ms });
          if (i === 0) firstSaves.push(answer.ms);
          if (answer.status === 200) {
            const saved = (JSON.parse(answer.body) as { data: { version: number } }).data;
            accepted.set(conn.updateId, [
              ...(accepted.get(conn.updateId) ?? []),
              { version: saved.version, results },
            ]);
            version = saved.version;
          } else if (answer.status === 409) {
            conflicts++;
            version = (JSON.parse(answer.body) as { current: { version: number } }).current.version;
          } else {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`${answer.status} ${answer.body.slice(0, 200)}`);
          }
        } catch (error) {
          errors++;
          failedRequests++;
          if (errorSamples.length < 5) errorSamples.push(String(error));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (cpuSampler) clearInterval(cpuSampler);
  agent.destroy();
  const timeline = timelineOf(sent, cpuAtStart === undefined ? null : [cpuAtStart, ...cpuBySecond]);

  const { rows } = await client.query<{ id: string; version: number; results: string }>(
    `SELECT id, version, results FROM "ProgressUpdate" WHERE id = ANY($1::text[])`,
    [[...accepted.keys()]],
  );
  const final = new Map(rows.map((r) => [r.id, r]));
  let lostUpdates = 0;
  for (const [updateId, saves] of accepted) {
    const versions = new Set(saves.map((s) => s.version));
    lostUpdates += saves.length - versions.size; // two "accepted" saves of one version: one was overwritten
    const last = saves.reduce((a, b) => (b.version > a.version ? b : a));
    const row = final.get(updateId);
    // Every committed save raises the version, so the final row is at or past the last accepted save. Past
    // it means a later save committed whose answer the client never got (timed out, connection reset):
    // counted in save.errors, not a loss. At it, the content must be that save's.
    if (!row || row.version < last.version || (row.version === last.version && row.results !== last.results))
      lostUpdates++;
  }
  await client.query(`DELETE FROM "ApiToken" WHERE name = $1`, [TOKEN_NAME]);
  return {
    users,
    requests: times.length + failedRequests,
    accepted: [...accepted.values()].reduce((n, s) => n + s.length, 0),
    conflicts,
    errors,
    lostUpdates,
    p50: round1(percentile(times, 50)),
    p95: round1(percentile(times, 95)),
    firstSaveP95: round1(percentile(firstSaves, 95)),
    warmupSaves: warm ? WARMUP_SAVES : 0,
    seconds: round1(seconds),
    thinkMs,
    errorSamples,
    timeline,
  };
}

/**
 * A seeded fraction in [0, 1). (JavaScript's % keeps the sign: the start offset `pause(-1)` of the first
 * 14 users was negative, and they all started at once, a burst the plan of the run did not mean.)
 */
function spread(n: number): number {
  return (((n % 1000) + 1000) % 1000) / 1000;
}

function timelineOf(sent: { at: number; ms: number }[], cpu: number[] | null): SecondOfRun[] {
  const bySecond = new Map<number, number[]>();
  for (const { at, ms } of sent) {
    const second = Math.floor(at);
    bySecond.set(second, [...(bySecond.get(second) ?? []), ms]);
  }
  return [...bySecond.entries()]
    .sort(([a], [b]) => a - b)
    .map(([second, times]) => {
      const from = cpu?.[second];
      const to = cpu?.[second + 1];
      return {
        second,
        saves: times.length,
        p50: round1(percentile(times, 50)),
        p95: round1(percentile(times, 95)),
        serverCpuMs: from === undefined || to === undefined ? null : Math.round(to - from),
      };
    });
}

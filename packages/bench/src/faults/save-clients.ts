import { createHash } from "node:crypto";
import http from "node:http";
import type { ClientBase } from "pg";
import { editableUpdates } from "../measure/editable-updates";
import { request } from "../measure/http";

const TOKEN_NAME = "fault-load";
/** A client gives up on an answer after this long: an outage must answer, not hang. */
export const REQUEST_TIMEOUT_MS = 15_000;

interface Target {
  updateId: string;
  periodId: string;
  taskId: string;
  organizationId: string;
  version: number;
  userId: string;
}

interface Client extends Target {
  token: string;
}

/** One PUT as the client saw it; `text` is unique to the attempt, so the audit trail can find it. */
export interface Attempt {
  client: number;
  updateId: string;
  text: string;
  sentAt: number;
  answeredAt: number;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  version?: number;
  code?: string;
  retryAfter?: string;
  failure?: string;
}

/**
 * `clients` API clients as the demo's agency staff (a personal token each), each on an update of its
 * agency in an open period whose report is still a draft; when there are fewer updates than clients,
 * two clients share one and their saves collide on its version.
 */
export async function prepareClients(db: ClientBase, clients: number): Promise<Client[]> {
  // The agency's first staff member (by email) makes the client's saves.
  const rows: Target[] = (await editableUpdates(db, { limit: clients })).map(({ staff, ...update }) => ({
    ...update,
    userId: staff[0] as string,
  }));
  if (rows.length === 0) throw new Error("No editable agency update with a staff member in the database");
  await db.query(`DELETE FROM "ApiToken" WHERE name = $1`, [TOKEN_NAME]);
  const list: Client[] = [];
  for (let c = 0; c < clients; c++) {
    const target = rows[c % rows.length] as Target;
    const token = `pt_${createHash("sha256").update(`fault-${c}-${Date.now()}-${Math.random()}`).digest("base64url")}`;
    list.push({ ...target, token });
  }
  const hash = (t: string) => createHash("sha256").update(t, "utf8").digest("hex");
  await db.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix)
     SELECT 'flt' || md5(h), u, $1, h, p FROM unnest($2::text[], $3::text[], $4::text[]) AS t(u, h, p)`,
    [
      TOKEN_NAME,
      list.map((c) => c.userId),
      list.map((c) => hash(c.token)),
      list.map((c) => c.token.slice(0, 11)),
    ],
  );
  return list;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every client saves through PUT /api/v1/updates until `until` (a clock of performance.now()), pausing
 * `thinkMs` between saves, each save with a text of its own and the version the client last knew. A 409
 * gives the client the current version; any other failure keeps the version it had (the editor keeps
 * the typed text and saves again).
 */
export async function runClients(
  baseUrl: string,
  clients: Client[],
  {
    until,
    thinkMs,
    attempts: most = Number.POSITIVE_INFINITY,
  }: { until: number; thinkMs: number; attempts?: number },
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients.length });
  await Promise.all(
    clients.map(async (client, c) => {
      let version = client.version;
      for (let i = 0; i < most && performance.now() < until; i++) {
        const text = `[fault] máy khách ${c}, lần lưu ${i}: đã hoàn thành ${i % 100}% khối lượng.`;
        const attempt: Attempt = {
          client: c,
          updateId: client.updateId,
          text,
          sentAt: performance.now(),
          answeredAt: 0,
          status: 0,
        };
        try {
          const answer = await request(`${baseUrl}/api/v1/updates`, {
            method: "PUT",
            agent,
            timeoutMs: REQUEST_TIMEOUT_MS,
            headers: { authorization: `Bearer ${client.token}`, "content-type": "application/json" },
            body: saveBody(client, version, text, i % 100),
          });
          attempt.status = answer.status;
          const body = parseJson(answer.body);
          if (answer.status === 200) {
            attempt.version = body?.data?.version;
            version = attempt.version ?? version;
          } else if (answer.status === 409) {
            version = body?.current?.version ?? version;
          } else {
            attempt.code = body?.error?.code ?? answer.body.slice(0, 200);
            const retryAfter = answer.headers["retry-after"];
            if (typeof retryAfter === "string") attempt.retryAfter = retryAfter;
          }
        } catch (error) {
          attempt.failure = error instanceof Error ? error.message : String(error);
        }
        attempt.answeredAt = performance.now();
        attempts.push(attempt);
        // After a failure the editor waits before saving again (Retry-After is 2 s; a shorter pause here
        // finds the moment of recovery more precisely).
        await sleep(attempt.status === 200 || attempt.status === 409 ? thinkMs : Math.max(thinkMs, 250));
      }
    }),
  );
  agent.destroy();
  return attempts;
}

/** The body of PUT /api/v1/updates as the editor sends it: status and text, no documents or figures. */
export function saveBody(target: Target, expectedVersion: number, results: string, percent: number): string {
  return JSON.stringify({
    periodId: target.periodId,
    taskId: target.taskId,
    actionItemId: null,
    organizationId: target.organizationId,
    expectedVersion,
    status: "IN_PROGRESS",
    percent,
    completedOn: null,
    results,
    difficulties: "",
    proposals: "",
    citedDocuments: [],
    indicatorValues: [],
  });
}

function parseJson(text: string): {
  data?: { version?: number };
  current?: { version?: number };
  error?: { code?: string };
} | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface Integrity {
  /** Answered 200 but not in the audit trail with its version, or overwritten in the final row. */
  lost: number;
  /** One save recorded twice, or two committed saves of one update sharing a version. */
  duplicated: number;
  /** Failed answers whose save committed anyway (the client learns it from the next 409): not a loss. */
  committedDespiteError: number;
  samples: string[];
}

/**
 * Checks the accepted saves against the database: each is in the audit trail exactly once with the
 * version it was answered, no update has two committed saves of one version, and the update's row holds
 * at least the last accepted version (with its text when at it).
 */
export async function verifySaves(db: ClientBase, attempts: Attempt[]): Promise<Integrity> {
  const updateIds = [...new Set(attempts.map((a) => a.updateId))];
  const { rows: events } = await db.query<{ entityId: string; text: string | null; version: number | null }>(
    `SELECT "entityId", after->>'results' AS text, (after->>'version')::int AS version
       FROM "AuditEvent"
      WHERE "entityType" = 'ProgressUpdate' AND "entityId" = ANY($1::text[]) AND after->>'results' LIKE '[fault]%'`,
    [updateIds],
  );
  const byText = new Map<string, { version: number | null }[]>();
  const versionsSeen = new Map<string, Set<number>>();
  const result: Integrity = { lost: 0, duplicated: 0, committedDespiteError: 0, samples: [] };
  const note = (line: string) => result.samples.length < 10 && result.samples.push(line);
  for (const e of events) {
    if (e.text) byText.set(e.text, [...(byText.get(e.text) ?? []), { version: e.version }]);
    const seen = versionsSeen.get(e.entityId) ?? new Set<number>();
    if (e.version !== null && seen.has(e.version)) {
      result.duplicated++;
      note(`update ${e.entityId}: two committed saves of version ${e.version}`);
    }
    if (e.version !== null) seen.add(e.version);
    versionsSeen.set(e.entityId, seen);
  }
  for (const attempt of attempts) {
    const recorded = byText.get(attempt.text) ?? [];
    if (recorded.length > 1) {
      result.duplicated++;
      note(`"${attempt.text}" committed ${recorded.length} times`);
    }
    if (attempt.status === 200) {
      if (recorded.length === 0 || recorded[0]?.version !== attempt.version) {
        result.lost++;
        note(`"${attempt.text}" answered 200 v${attempt.version}, audit: ${JSON.stringify(recorded)}`);
      }
    } else if (attempt.status !== 409 && recorded.length > 0) {
      result.committedDespiteError++;
    }
  }
  const { rows } = await db.query<{ id: string; version: number; results: string }>(
    `SELECT id, version, results FROM "ProgressUpdate" WHERE id = ANY($1::text[])`,
    [updateIds],
  );
  for (const row of rows) {
    const accepted = attempts.filter((a) => a.updateId === row.id && a.status === 200);
    const last = accepted.reduce<Attempt | null>(
      (a, b) => (!a || (b.version ?? 0) > (a.version ?? 0) ? b : a),
      null,
    );
    if (!last) continue;
    if (row.version < (last.version ?? 0) || (row.version === last.version && row.results !== last.text)) {
      result.lost++;
      note(`update ${row.id} ends at v${row.version}, the last accepted save was v${last.version}`);
    }
  }
  await db.query(`DELETE FROM "ApiToken" WHERE name = $1`, [TOKEN_NAME]);
  return result;
}

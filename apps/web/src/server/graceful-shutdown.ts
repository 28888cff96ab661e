// No "server-only": loaded from instrumentation.ts (through the in-process worker) on the Node.js runtime.

type Task = () => Promise<void>;

interface ShutdownState {
  /** Work to finish after a SIGTERM: started at once, waited for before the process exits. */
  early: Task[];
  /** Run after requests have drained (the database pool the requests used). */
  late: Task[];
  started?: Promise<boolean>;
}

const global = globalThis as unknown as { planTrackerShutdown?: ShutdownState };

/**
 * `next start` (16.x, server/lib/start-server.js) answers SIGTERM and SIGINT by closing its HTTP server:
 * no new connections, the requests in flight finish. It then calls process.exit(143 / 130) at once,
 * without waiting for anything else the process runs: a job the in-process worker is running would be
 * cut in the middle. So the signal starts the `early` tasks (the worker stops taking jobs and finishes
 * those it has), and Next's process.exit is held until they are done; then the `late` tasks close what
 * the requests used (the database pool), and the process exits 0 when everything finished, 1 otherwise.
 * (A supervisor such as systemd counts 143 as a failure; a drained shutdown is not one.)
 */
export function onShutdown(task: Task, { afterRequests = false } = {}): void {
  const state = install();
  (afterRequests ? state.late : state.early).push(task);
}

function install(): ShutdownState {
  if (global.planTrackerShutdown) return global.planTrackerShutdown;
  const state: ShutdownState = { early: [], late: [] };
  global.planTrackerShutdown = state;
  const exit = process.exit.bind(process);
  const runAll = async (tasks: Task[]) =>
    (
      await Promise.allSettled(
        tasks.map(async (task) => {
          await task();
        }),
      )
    ).every((r) => {
      if (r.status === "fulfilled") return true;
      console.error("[shutdown]", r.reason);
      return false;
    });

  const begin = (signal: NodeJS.Signals) => {
    if (state.started) return;
    console.log(`[shutdown] ${signal}: finishing requests and jobs in flight`);
    state.started = runAll(state.early);
    // A supervisor kills a process that hangs anyway; this one says why first.
    setTimeout(() => {
      console.error("[shutdown] still not done after 30 s; exiting");
      exit(1);
    }, 30_000).unref();
    // Next closes the server and exits by itself; with NEXT_MANUAL_SIG_HANDLE nobody would, so we do.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) void state.started.then(() => process.exit(0));
  };
  process.on("SIGTERM", begin);
  process.on("SIGINT", begin);

  process.exit = ((code?: number | string | null) => {
    if (!state.started) return exit(code);
    const signalled = code === 143 || code === 130 || code === 0 || code === undefined;
    void state.started
      .then(async (earlyOk) => (await runAll(state.late)) && earlyOk)
      .then((ok) => {
        console.log(`[shutdown] done${ok ? "" : " with errors"}`);
        exit(signalled && ok ? 0 : 1);
      });
    return undefined as never;
  }) as typeof process.exit;
  return state;
}

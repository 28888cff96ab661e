/** Runs once when a server process starts (next start, next dev). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before the first request: forged X-Forwarded-* headers must never reach the throttle or the audit log.
  const { installForwardedHeaderGuard } = await import("./server/forwarded-header-guard");
  installForwardedHeaderGuard();
  const { startInProcessWorker } = await import("./features/jobs-admin/in-process-worker");
  startInProcessWorker();
}

/** Runs once when a server process starts (next start, next dev). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./features/jobs-admin/in-process-worker");
  startInProcessWorker();
}

/**
 * Shared by the app's integration tests (*.integration.test.ts), which run server modules against a
 * throwaway PostgreSQL database from @plan-tracker/db/testing. Point the app's own client at that database
 * (`process.env.DATABASE_URL = db.url`) before the first call that reads through it (loadActor does).
 */
import { AppError } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import { closeDb } from "@/server/database";
import { loadActor, type SessionActor } from "@/server/session";

/** The actor of a seeded account, loaded as a request loads it (memberships and all). */
export async function actorFor(db: PrismaClient, email: string): Promise<SessionActor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`${email} cannot sign in`);
  return actor;
}

/** The AppError code a promise is refused with, or undefined when it succeeds; anything else is rethrown. */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/**
 * Closes the app's client (server/database.ts keeps one per process, on globalThis) before the test database is
 * dropped, so the next test file of this worker opens one on its own database.
 */
export async function closeAppClient(): Promise<void> {
  await closeDb();
}

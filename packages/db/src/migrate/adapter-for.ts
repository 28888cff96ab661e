import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "../client";
import { databaseUrl } from "../config";
import { PgScriptAdapterFactory } from "./pg-script-adapter";

/** The adapter the schema engine should use for a database (see pg-script-adapter for why it differs). */
export function migrationAdapterFor(
  db: Database,
  url = databaseUrl(),
): SqlMigrationAwareDriverAdapterFactory {
  return db.kind === "postgres" && url ? new PgScriptAdapterFactory(url) : db.adapterFactory;
}

/**
 * Prints the row count and digest of every table of DATABASE_URL, or of the embedded database
 * (PGLITE_DIR) when it is unset, as JSON: compare the output before a backup and after its restore.
 */
import { PGlite } from "@electric-sql/pglite";
import { acquireEmbeddedLock } from "@plan-tracker/db/embedded-lock";
import { Client } from "pg";
import { tableDigests } from "../backup/checksum";
import { currentTarget } from "../backup/target";

async function main(): Promise<void> {
  const target = currentTarget();
  if (target.kind === "postgres") {
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      console.log(JSON.stringify(await tableDigests(client), null, 2));
    } finally {
      await client.end();
    }
    return;
  }
  const release = acquireEmbeddedLock(target.dataDir);
  const pg = new PGlite(target.dataDir);
  try {
    console.log(JSON.stringify(await tableDigests(pg), null, 2));
  } finally {
    await pg.close();
    release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseUrl, embeddedDataDir } from "./config";
import { acquireEmbeddedLock } from "./embedded-lock";
import { PrismaClient } from "./generated/prisma/client";

export type DatabaseKind = "postgres" | "embedded";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** The PostgreSQL connection string, when the database is PostgreSQL. */
  url?: string;
  /** The driver adapter factory, for the migration engine. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database itself, for what needs its own SQL channel (the job queue's driver). */
  pglite?: PGlite;
  /** Runs a raw multi-statement SQL script (used by tests and setup). */
  exec(sql: string): Promise<void>;
  /** Closes the client and, for the embedded database, PGlite itself ($disconnect does not). */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, the embedded database is used. */
  url?: string;
  /** Folder of the embedded database; "memory://" for a throwaway in-memory one. */
  dataDir?: string;
  /** Pool size per process for PostgreSQL. */
  poolSize?: number;
}

/**
 * Connections per process (DATABASE_POOL_SIZE, default 20). Interactive transactions hold a connection for
 * their whole length, so a pool too small for the concurrent saves queues them until they time out.
 */
function poolSizeFromEnv(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 20;
}

/** The one place that builds a Prisma client: PostgreSQL when a URL is given, otherwise PGlite. */
export function createDatabase(options: DatabaseOptions = {}): Database {
  const url = options.url ?? databaseUrl();
  if (url) {
    const adapterFactory = new PrismaPg({
      connectionString: url,
      max: options.poolSize ?? poolSizeFromEnv(),
    });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      prisma,
      kind: "postgres",
      url,
      adapterFactory,
      exec: async (sql) => {
        await prisma.$executeRawUnsafe(sql);
      },
      close: () => prisma.$disconnect(),
    };
  }
  const dataDir = options.dataDir ?? embeddedDataDir();
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireEmbeddedLock(dataDir);
  const pglite = new PGlite(inMemory ? undefined : dataDir);
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: "embedded",
    adapterFactory,
    pglite,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

export { PrismaClient };

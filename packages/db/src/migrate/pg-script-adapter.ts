import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks dollar-quoted
 * function bodies (the audit log's trigger) and applies the pieces outside any transaction. PostgreSQL's
 * simple-query protocol runs a multi-statement script as one implicit transaction, so the script goes
 * to the server whole: a failing migration leaves nothing half-applied.
 */
export class PgScriptAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(connectionString: string) {
    this.inner = new PrismaPg({ connectionString, max: 2 });
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return wholeScripts(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return wholeScripts(await this.inner.connectToShadowDb());
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(adapter: PgAdapter): PgAdapter {
  // The adapter's own error mapping is a private method of its class (not a JSON column).
  const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

export { createDatabase, PrismaClient, type Database, type DatabaseKind, type DatabaseOptions } from "./client";
export { databaseUrl, embeddedDataDir } from "./config";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
export { Prisma } from "./generated/prisma/client";

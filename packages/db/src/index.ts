export {
  createDatabase,
  type Database,
  type DatabaseKind,
  type DatabaseOptions,
  PrismaClient,
} from "./client";
export { databaseUrl, embeddedDataDir } from "./config";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";

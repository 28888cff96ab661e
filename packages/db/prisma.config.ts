import path from "node:path";
import { defineConfig } from "prisma/config";

// Used by `prisma generate` (and by `prisma migrate deploy` where the native engine can be downloaded).
// Must not throw when DATABASE_URL is unset: generation needs no database.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  schema: path.join(root, "prisma"),
  migrations: { path: path.join(root, "prisma/migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});

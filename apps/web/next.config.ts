import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const root = path.resolve(import.meta.dirname, "../..");

// The embedded database's folder, resolved here because bundled server code cannot find its own path.
process.env.PGLITE_DIR ??= path.join(root, ".data/pglite");
process.env.UPLOAD_DIR ??= path.join(root, ".data/uploads");
const maxUploadMb = Number(process.env.MAX_UPLOAD_MB) > 0 ? Number(process.env.MAX_UPLOAD_MB) : 20;
// Evidence uploads go through a server action and the proxy: both must let a full-size file through.
const bodyLimit = `${maxUploadMb + 1}mb` as const;

// The embedded quick start needs no configuration: it gets a random session secret kept beside its data.
// A deployment on PostgreSQL must set AUTH_SECRET itself (sessions must survive restarts and agree across nodes).
if (!process.env.AUTH_SECRET) {
  if (process.env.DATABASE_URL && process.env.NODE_ENV === "production" && process.argv.includes("start")) {
    throw new Error("AUTH_SECRET is required when DATABASE_URL is set (openssl rand -base64 32).");
  }
  const secretFile = path.join(root, ".data/auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

// Every response. The pages' Content-Security-Policy (with a per-request nonce) and HSTS come from src/proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Lets several builds of one checkout coexist (parallel work, benchmarks): NEXT_DIST_DIR=.next-bench.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  outputFileTracingRoot: root,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-boss",
    "nodemailer",
    // Report files: heavy CommonJS libraries and the Chromium driver, loaded at run time, never bundled.
    "docx",
    "exceljs",
    "playwright-core",
  ],
  experimental: {
    serverActions: { bodySizeLimit: bodyLimit },
    proxyClientMaxBodySize: bodyLimit,
  },
  transpilePackages: [
    "@plan-tracker/core",
    "@plan-tracker/db",
    "@plan-tracker/jobs",
    "@plan-tracker/plan-import",
    "@plan-tracker/report-export",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The API answers JSON, never a document to run: the strictest policy (the proxy does not run there).
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);

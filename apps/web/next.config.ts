import path from "node:path";
import { ensureAuthSecretFile } from "@plan-tracker/db/auth-secret";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const root = path.resolve(import.meta.dirname, "../..");

// The embedded database's folder, resolved here because bundled server code cannot find its own path.
process.env.PGLITE_DIR ??= path.join(root, ".data/pglite");
process.env.UPLOAD_DIR ??= path.join(root, ".data/uploads");
const maxUploadMb = Number(process.env.MAX_UPLOAD_MB) > 0 ? Number(process.env.MAX_UPLOAD_MB) : 20;
// Evidence uploads go through a server action and the proxy: both must let a full-size file through.
const bodyLimit = `${maxUploadMb + 1}mb` as const;

// The embedded quick start needs no configuration: a server started without AUTH_SECRET uses the random one
// kept beside its data (created by db:setup or here, at the first start; never by a build). A deployment on
// PostgreSQL must set AUTH_SECRET itself (sessions must survive restarts and agree across nodes).
function provideAuthSecret(phase: string): void {
  const serving = phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER;
  if (process.env.AUTH_SECRET || !serving) return;
  if (process.env.DATABASE_URL && phase === PHASE_PRODUCTION_SERVER) {
    throw new Error("AUTH_SECRET is required when DATABASE_URL is set (openssl rand -base64 32).");
  }
  process.env.AUTH_SECRET = ensureAuthSecretFile();
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
    "@plan-tracker/periods",
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

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default function config(phase: string): NextConfig {
  provideAuthSecret(phase);
  return withNextIntl(nextConfig);
}

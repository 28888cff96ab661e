import { z } from "zod";

/**
 * Which attachment store this node uses, read from the environment at first use. Every node behind a load
 * balancer must use the same one: local disk only works for a single node (or a shared mount).
 */
const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

const s3Schema = z
  .object({
    S3_BUCKET: z.string({ error: "S3_BUCKET is not set (the bucket that holds the attachments)" }),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be a URL such as https://s3.example.vn" })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag.optional(),
  })
  .superRefine((env, context) => {
    // Both keys, or neither (then the SDK's own chain: instance role, ~/.aws, AWS_* variables).
    if (env.S3_ACCESS_KEY_ID && !env.S3_SECRET_ACCESS_KEY) {
      context.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "S3_SECRET_ACCESS_KEY is not set",
      });
    }
    if (env.S3_SECRET_ACCESS_KEY && !env.S3_ACCESS_KEY_ID) {
      context.addIssue({
        code: "custom",
        path: ["S3_ACCESS_KEY_ID"],
        message: "S3_ACCESS_KEY_ID is not set",
      });
    }
  });

export type S3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
};

export type StorageConfig = { kind: "local"; uploadDir: string } | { kind: "s3"; s3: S3Config };

type Env = Record<string, string | undefined>;

/** Empty strings count as unset: a blank line in an env file must not pass for a value. */
function withoutBlanks(env: Env): Env {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
}

export function readStorageConfig(source: Env = process.env): StorageConfig {
  const env = withoutBlanks(source);
  const kind = env.STORAGE ?? (env.S3_BUCKET ? "s3" : "local");
  if (kind === "local") {
    if (!env.UPLOAD_DIR)
      throw new Error("Attachment storage: UPLOAD_DIR is not set (a folder for the files)");
    return { kind: "local", uploadDir: env.UPLOAD_DIR };
  }
  if (kind !== "s3") throw new Error(`Attachment storage: STORAGE must be "local" or "s3", not "${kind}"`);
  const parsed = s3Schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.message.startsWith("S3_") ? issue.message : `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Attachment storage (STORAGE=s3): ${problems.join("; ")}`);
  }
  const s3 = parsed.data;
  return {
    kind: "s3",
    s3: {
      bucket: s3.S3_BUCKET,
      region: s3.S3_REGION,
      endpoint: s3.S3_ENDPOINT,
      credentials:
        s3.S3_ACCESS_KEY_ID && s3.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY }
          : undefined,
      // MinIO, Ceph and most self-hosted servers want path-style URLs; AWS itself wants virtual hosts.
      forcePathStyle: s3.S3_FORCE_PATH_STYLE ?? s3.S3_ENDPOINT !== undefined,
    },
  };
}

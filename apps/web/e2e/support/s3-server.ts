/**
 * A real S3-compatible server (s3rver: the S3 REST API over files in a temporary folder) in the test's
 * process, for the nodes that keep attachments in S3. No mock of the AWS client: the app's own S3Client
 * talks HTTP to it, signatures checked.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface S3TestServer {
  /** The STORAGE=s3 variables a node needs to use it. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startS3Server(port: number, bucket: string): Promise<S3TestServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "pt-e2e-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    directory: folder,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = await server.run();
  return {
    env: {
      STORAGE: "s3",
      S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
      S3_REGION: "us-east-1",
      S3_BUCKET: bucket,
      // s3rver's fixed credentials.
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    async close() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

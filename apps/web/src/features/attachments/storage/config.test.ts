import { describe, expect, it } from "vitest";
import { readStorageConfig } from "./config";

describe("readStorageConfig", () => {
  it("uses local disk by default", () => {
    expect(readStorageConfig({ UPLOAD_DIR: "/srv/uploads" })).toEqual({
      kind: "local",
      uploadDir: "/srv/uploads",
    });
  });

  it("switches to S3 when a bucket is named, path-style when an endpoint is given", () => {
    expect(
      readStorageConfig({
        UPLOAD_DIR: "/srv/uploads",
        S3_BUCKET: "kh182",
        S3_ENDPOINT: "https://s3.example.vn",
        S3_ACCESS_KEY_ID: "id",
        S3_SECRET_ACCESS_KEY: "secret",
      }),
    ).toEqual({
      kind: "s3",
      s3: {
        bucket: "kh182",
        region: "us-east-1",
        endpoint: "https://s3.example.vn",
        credentials: { accessKeyId: "id", secretAccessKey: "secret" },
        forcePathStyle: true,
      },
    });
  });

  it("leaves credentials to the SDK's own chain when neither key is set", () => {
    const config = readStorageConfig({
      S3_BUCKET: "kh182",
      S3_REGION: "ap-southeast-1",
      S3_FORCE_PATH_STYLE: "false",
    });
    expect(config).toEqual({
      kind: "s3",
      s3: {
        bucket: "kh182",
        region: "ap-southeast-1",
        endpoint: undefined,
        credentials: undefined,
        forcePathStyle: false,
      },
    });
  });

  it("names the missing variable", () => {
    expect(() => readStorageConfig({ STORAGE: "s3" })).toThrow("S3_BUCKET is not set");
    expect(() => readStorageConfig({ STORAGE: "s3", S3_BUCKET: "kh182", S3_ACCESS_KEY_ID: "id" })).toThrow(
      "S3_SECRET_ACCESS_KEY is not set",
    );
    expect(() => readStorageConfig({ STORAGE: "s3", S3_BUCKET: "kh182", S3_ENDPOINT: "minio:9000" })).toThrow(
      "S3_ENDPOINT must be a URL",
    );
    expect(() => readStorageConfig({ STORAGE: "disk" })).toThrow('STORAGE must be "local" or "s3"');
    expect(() => readStorageConfig({ UPLOAD_DIR: " " })).toThrow("UPLOAD_DIR is not set");
  });
});

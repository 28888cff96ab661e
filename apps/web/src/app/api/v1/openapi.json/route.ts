import { buildOpenApiDocument } from "@/features/api/openapi";

// Public: the document describes the API, it holds no data. Built once per server process.
let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return Response.json(cached, { headers: { "Cache-Control": "public, max-age=300" } });
}

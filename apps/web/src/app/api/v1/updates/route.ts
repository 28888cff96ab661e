import { putUpdate } from "@/features/api/put-update";

/** Writes an agency's update (its draft); see features/api/put-update.ts. */
export function PUT(request: Request): Promise<Response> {
  return putUpdate(request);
}

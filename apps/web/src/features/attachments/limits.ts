/** Largest evidence file accepted, in MB (MAX_UPLOAD_MB, 20 by default). */
export function maxUploadMb(): number {
  const configured = Number(process.env.MAX_UPLOAD_MB);
  return Number.isFinite(configured) && configured > 0 ? configured : 20;
}

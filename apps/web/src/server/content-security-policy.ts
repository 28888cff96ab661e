/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce. Next.js reads the
 * policy from the request headers the proxy forwards and puts the nonce on its own scripts; with
 * 'strict-dynamic' the scripts those load are trusted too, and nothing else runs: no inline script an
 * attacker manages to inject, no script from another origin. Styles keep 'unsafe-inline': React writes
 * `style` attributes (charts, progress bars) which no nonce can cover, and CSS cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Development only: React's debugging tools evaluate code (never in a production build).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** 16 random bytes, base64: unguessable and never repeated, as a nonce must be. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export const HSTS = "max-age=63072000; includeSubDomains";

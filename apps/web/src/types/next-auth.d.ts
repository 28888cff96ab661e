import "next-auth";

declare module "next-auth" {
  interface Session {
    /** When the session's token was issued (seconds): sessions older than a password change are refused. */
    issuedAt?: number;
  }
}

import "next-auth";

declare module "next-auth" {
  interface Session {
    /** When the session's password was proved (milliseconds): sessions older than a password change are refused. */
    authTimeMs?: number;
  }
}

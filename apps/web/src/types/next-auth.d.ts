import "next-auth";

declare module "next-auth" {
  interface Session {
    /** When the session's password was proved (milliseconds): sessions older than a password change are refused. */
    authTimeMs?: number;
    /** The session's id: a signed-out session is refused by it (server/session-revocation.ts). */
    sessionId?: string;
  }
}

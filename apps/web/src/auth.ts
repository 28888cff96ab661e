import { decoyPasswordHash, verifyPassword } from "@plan-tracker/db/password";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/features/auth/schema";
import { checkLoginThrottle, recordLoginAttempt, throttleDelay } from "@/features/auth/throttle";
import { authTimeMsOf, stampAuthTime } from "@/server/auth-time";
import { prisma } from "@/server/db";
import { revokeSession, sessionIdOf, stampSessionId } from "@/server/session-revocation";
import { clientAddressFrom, trustedHops } from "@/server/trusted-proxy";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

const SESSION_HOURS = 8;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A refused sign-in is an expected answer (recorded in LoginAttempt), not a server error to log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin")
        return;
      console.error("[auth]", error);
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const ip = clientAddressFrom(request.headers, trustedHops());

        const decision = await checkLoginThrottle(email, ip);
        if (!decision.allowed) throw new RateLimitedSignIn(decision.retryAfterMinutes);
        await throttleDelay(decision);

        const user = await prisma.user.findUnique({
          where: { email },
          select: { id: true, name: true, email: true, passwordHash: true, lockedAt: true },
        });
        // Verify against a decoy when there is no usable account: same answer, same time.
        const ok = await verifyPassword(user?.passwordHash ?? decoyPasswordHash, password);
        const allowed = ok && user !== null && user.passwordHash !== null && user.lockedAt === null;
        await recordLoginAttempt(email, ip, allowed);
        if (!allowed || !user) throw new InvalidCredentials();
        await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        stampAuthTime(token);
        stampSessionId(token);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      const authTimeMs = authTimeMsOf(token);
      if (authTimeMs !== undefined) session.authTimeMs = authTimeMs;
      const sessionId = sessionIdOf(token);
      if (sessionId) session.sessionId = sessionId;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message) await revokeSession(prisma, message.token);
    },
  },
});

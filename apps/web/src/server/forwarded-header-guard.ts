import { Server } from "node:http";
import { trustedHops } from "./trusted-proxy";

/**
 * Next.js fills X-Forwarded-For/-Proto/-Host from the socket only when the request has none
 * (`??=` in its base server), so a client talking to the server directly could name any address and
 * walk around the per-address sign-in throttle. When no proxy is trusted, this drops those headers as
 * each request arrives, before Next.js reads them, so they are always Next.js's own, from the socket.
 * Node's HTTP server announces requests through `emit("request")`, the one hook shared by every server
 * in the process (Next.js creates its own and offers no option for this).
 */
const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];
const INSTALLED = Symbol.for("plan-tracker.forwarded-header-guard");

export function installForwardedHeaderGuard(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED] || trustedHops() > 0) return;
  const emit = proto.emit;
  proto.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as { headers?: Record<string, unknown> } | undefined;
      if (request?.headers) for (const name of FORWARDED) delete request.headers[name];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}

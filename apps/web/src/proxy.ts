import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, HSTS, newNonce } from "@/server/content-security-policy";
import { isHttpsRequest, trustedHops } from "@/server/trusted-proxy";

// Sets each page's Content-Security-Policy (a fresh nonce per request) and HSTS, and redirects the
// signed-out to the sign-in page. It is never the authorization: every page, action and API route
// checks the session and the policy itself.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// Pages reached signed out (sign-in, password recovery, the public pages): no redirect, the same headers.
const OPEN_PATHS = /^\/(sign-in|forgot-password|reset-password|public)(\/|$)/;

function redirectToSignIn(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
}

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const signedOut = !SESSION_COOKIES.some((name) => request.cookies.has(name));

  let response: NextResponse;
  if (signedOut && !OPEN_PATHS.test(request.nextUrl.pathname)) {
    response = redirectToSignIn(request);
  } else {
    // Next.js finds the nonce in the forwarded Content-Security-Policy and sets it on its scripts.
    const forwarded = new Headers(request.headers);
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (isHttpsRequest(request.headers, request.nextUrl, trustedHops())) {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

export const config = {
  // Every page, signed in or not. Not the API (JSON, it answers 401 itself) nor built assets.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt).*)"],
};

import { type NextRequest, NextResponse } from "next/server";

// Only redirects the signed-out to the sign-in page. It is never the authorization: every page, action
// and API route checks the session and the policy itself.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but sign-in and password recovery (reached signed out), the auth and read APIs (they answer
  // 401 themselves), public pages and assets.
  matcher: ["/((?!sign-in|forgot-password|reset-password/|api/|public|_next/|favicon.ico|robots.txt).*)"],
};

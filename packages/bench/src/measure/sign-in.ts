import { cookiesOf, request } from "./http";

/**
 * Signs in through next-auth's credentials endpoint as a browser would (CSRF token, then the form),
 * and returns the Cookie header of the session. Throws with the answer when it is refused.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`);
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const form = new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` });
  const answer = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: form.toString(),
  });
  for (const [k, v] of cookiesOf(answer.headers)) jar.set(k, v);
  const session = jar.get("authjs.session-token");
  if (!session)
    throw new Error(`Sign-in of ${email} refused (${answer.status} ${answer.headers.location ?? ""})`);
  return `authjs.session-token=${session}`;
}

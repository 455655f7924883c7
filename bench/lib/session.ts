// Logging in as a demo user the way a browser does (next-auth's credentials flow), for the desk rows.
export const EDITOR_EMAIL = "editor@claimdesk.test";
const DEMO_PASSWORD = "claimdesk-demo";

/** A tiny cookie jar: name → value, from each response's Set-Cookie headers. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (!pair || at < 1) continue;
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  has(predicate: (name: string) => boolean): boolean {
    return [...this.cookies.keys()].some(predicate);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Logs in and returns the Cookie header that carries the session; checks the desk answers 200 with it. */
export async function logIn(baseUrl: string, email = EDITOR_EMAIL, password = DEMO_PASSWORD): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");

  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/admin` }),
    redirect: "manual",
  });
  jar.take(login);
  if (!jar.has((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Logging in as ${email} failed (HTTP ${login.status}): ${(await login.text()).slice(0, 300)}`);
  }

  const cookie = jar.header();
  const desk = await fetch(`${baseUrl}/admin`, { headers: { Cookie: cookie }, redirect: "manual" });
  if (desk.status !== 200) throw new Error(`Logged in as ${email}, but /admin answered ${desk.status}.`);
  await desk.arrayBuffer();
  return cookie;
}

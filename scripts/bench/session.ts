// A signed-in HTTP client for the bench: next-auth's credentials sign-in, a cookie jar, and timed
// GETs that read the whole body (server time as the client sees it: time to full response).
import { performance } from "node:perf_hooks";

export interface TimedResponse {
  status: number;
  ms: number;
  bytes: number;
}

export class BenchSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  async signIn(username: string, password: string) {
    const csrfRes = await fetch(`${this.baseUrl}/api/auth/csrf`);
    this.remember(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
    if (!csrfToken) throw new Error("GET /api/auth/csrf returned no csrfToken");
    const res = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader() },
      body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${this.baseUrl}/`, json: "true" }),
    });
    this.remember(res);
    await res.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(`Sign-in as ${username} failed (HTTP ${res.status}, no session cookie).`);
    }
  }

  async get(path: string, init: { method?: string; body?: string } = {}): Promise<TimedResponse> {
    const started = performance.now();
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...(init.body !== undefined && { "content-type": "application/json" }) };
    const res = await fetch(this.baseUrl + path, { redirect: "manual", method: init.method ?? "GET", body: init.body, headers });
    const body = await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started, bytes: body.byteLength };
  }
}

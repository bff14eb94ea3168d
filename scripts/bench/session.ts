// A signed-in HTTP client for the bench: the sign-in form's POST (form-sign-in.ts), a cookie jar, and timed
// GETs that read the whole body (server time as the client sees it: time to full response).
import { performance } from "node:perf_hooks";
import { signInByForm } from "./form-sign-in";

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

  async signIn(username: string, password: string) {
    for (const [name, value] of await signInByForm(this.baseUrl, username, password)) this.cookies.set(name, value);
  }

  async get(path: string, init: { method?: string; body?: string } = {}): Promise<TimedResponse> {
    const started = performance.now();
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...(init.body !== undefined && { "content-type": "application/json" }) };
    const res = await fetch(this.baseUrl + path, { redirect: "manual", method: init.method ?? "GET", body: init.body, headers });
    const body = await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started, bytes: body.byteLength };
  }
}

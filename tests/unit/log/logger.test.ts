// The structured log: credentials never reach it, and every API call through handle() writes one
// access line with the request id, the caller's user id, the status and no query string.
import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { requestIdFor } from "@/lib/http/request-id";

const lines = vi.hoisted(() => [] as string[]);
const caller = { id: 42, role: "department" } as unknown as SessionUser;

vi.mock("@/lib/log", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/log")>();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { ...actual, log: actual.createLogger(sink) };
});
vi.mock("@/lib/auth/request-user", () => ({ getRequestUser: async () => caller }));

const { log } = await import("@/lib/log");
const { handle } = await import("@/lib/http/route");
const { defineRoute } = await import("@/lib/http/spec");

const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the logger", () => {
  it("redacts cookies, authorization headers, passwords and tokens", () => {
    lines.length = 0;
    log.info({ headers: { cookie: "session=secret-cookie", authorization: "Bearer secret-token" }, password: "hunter2hunter2", user: { password: "p@ss-secret", token: "tok-secret" } }, "attempt");
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? "";
    for (const secret of ["secret-cookie", "secret-token", "hunter2hunter2", "p@ss-secret", "tok-secret"]) expect(line).not.toContain(secret);
    const entry = parsed()[0];
    expect(entry).toMatchObject({ level: "info", msg: "attempt", password: "[redacted]", headers: { cookie: "[redacted]", authorization: "[redacted]" } });
    expect(typeof entry?.time).toBe("string");
  });
});

describe("handle() access line", () => {
  const spec = defineRoute({
    method: "GET",
    path: "/api/v1/test",
    doc: "api.routes.health",
    auth: "user",
    query: z.object({ q: z.string().optional() }),
    response: { schema: z.object({ ok: z.boolean() }) },
    errors: [],
  });
  const GET = handle(spec, async ({ json }) => json({ ok: true }));

  it("logs one line with the request id, user id, status and the path without its query", async () => {
    lines.length = 0;
    const request = new Request("http://localhost/api/v1/test?q=signed-secret", { headers: { "x-request-id": "req-123", cookie: "session=abc" } });
    const response = await GET(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Request-Id")).toBe("req-123");
    const entries = parsed();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: "info", requestId: "req-123", userId: 42, method: "GET", path: "/api/v1/test", status: 200 });
    expect(typeof entries[0]?.durationMs).toBe("number");
    expect(lines.join("\n")).not.toContain("signed-secret");
    expect(lines.join("\n")).not.toContain("session=abc");
  });

  it("logs a thrown error with the request id at level error and rethrows it", async () => {
    lines.length = 0;
    const failing = handle(spec, async () => {
      throw new Error("boom");
    });
    const request = new Request("http://localhost/api/v1/test", { headers: { "x-request-id": "req-456" } });
    await expect(failing(request, { params: Promise.resolve({}) })).rejects.toThrow("boom");
    expect(parsed()).toEqual([expect.objectContaining({ level: "error", requestId: "req-456", userId: 42, status: 500 })]);
  });
});

describe("requestIdFor", () => {
  const forwarded = new Headers({ "x-request-id": "edge-7f3a" });
  it("keeps a reverse proxy's id only with TRUST_PROXY", () => {
    expect(requestIdFor(forwarded, { trustProxy: true }, () => "new")).toBe("edge-7f3a");
    expect(requestIdFor(forwarded, { trustProxy: false }, () => "new")).toBe("new");
  });
  it("replaces an id that does not look like one", () => {
    expect(requestIdFor(new Headers({ "x-request-id": "a b {\"x\"}" }), { trustProxy: true }, () => "new")).toBe("new");
    expect(requestIdFor(new Headers(), { trustProxy: true })).toMatch(/^[0-9a-f-]{36}$/);
  });
});

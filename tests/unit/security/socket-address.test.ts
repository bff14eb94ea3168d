// Without TRUST_PROXY, sign-in throttling counts the socket's address, whatever X-Forwarded-For or
// X-Real-IP a client sends (issue 14, "proxy headers are trusted only when a setting says so").
// Next.js keeps a client's own X-Forwarded-For; instrumentation.ts pins the socket's address on every
// request of the process's HTTP servers. The production server is checked by tests/e2e/client-address.spec.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { pinSocketAddresses } from "@/lib/security/socket-address";

let server: http.Server;
let port = 0;

beforeAll(async () => {
  pinSocketAddresses();
  // Echoes the address sign-in would count, from the headers the app sees.
  server = http.createServer((request, response) => response.end(JSON.stringify({ counted: clientAddress(request.headers, false), headers: request.headers })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the client address without a trusted proxy", () => {
  it("is the socket's, whatever X-Forwarded-For and X-Real-IP a client sends", async () => {
    const sent: Record<string, string>[] = [{}, { "x-forwarded-for": "203.0.113.77" }, { "x-forwarded-for": "198.51.100.1, 203.0.113.77", "x-real-ip": "192.0.2.9" }];
    const counted: string[] = [];
    for (const headers of sent) {
      const body = (await (await fetch(`http://127.0.0.1:${port}/`, { headers })).json()) as { counted: string; headers: Record<string, string> };
      counted.push(body.counted);
      expect(body.headers["x-real-ip"]).toBeUndefined();
    }
    console.log(`client address: ${sent.length} requests with forged address headers, counted as ${[...new Set(counted)].join(", ")}`);
    expect(counted).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });
});

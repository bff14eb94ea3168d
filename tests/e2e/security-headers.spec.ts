// Security headers on pages, API answers and static files; the app still works under the nonce CSP;
// cross-site writes with the session cookie are refused; X-Forwarded-Host cannot steer the sign-in redirect.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response?.headers() ?? {};
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Plain HTTP here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  return headers;
}

function expectStrictCsp(csp: string | undefined) {
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(/script-src[^;]*unsafe-inline/.test(csp ?? "")).toBe(false);
}

test("a page, an API answer and a static file carry the security headers; the page works under its CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "office");
  const response = await page.goto("/targets");
  const headers = expectSecurityHeaders(response);
  expectStrictCsp(headers["content-security-policy"]);
  // Every script tag the server wrote carries this request's nonce (scripts added later by those are
  // allowed by 'strict-dynamic'); hydration under this CSP is what the other e2e specs exercise.
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  const tags = (await response?.text())?.match(/<script[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const second = await page.request.get("/targets");
  expect(second.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);

  const api = await page.request.get("/api/v1/me");
  expect(api.status()).toBe(200);
  expectStrictCsp(expectSecurityHeaders(api)["content-security-policy"]);

  const scriptSrc = await page.locator("script[src]").first().getAttribute("src");
  expect(scriptSrc).toMatch(/^\/_next\/static\//);
  const asset = await page.request.get(scriptSrc ?? "");
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset);
  expect(violations).toEqual([]);
});

test("a cross-site POST with the session cookie gets 403; the same request from the site does not", async ({ page }) => {
  await signIn(page, "dept-scj");
  const body = { indicator: "MFG_SPOT_PASS", region: "450602", period: "2020Q3", numerator: 120, denominator: 100 };
  const foreign = await page.request.put("/api/v1/figures", { data: body, headers: { Origin: "http://127.0.0.1:3999" } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toMatchObject({ code: "FORBIDDEN", message: "请求来自其他网站，已拒绝。请在本系统的页面中操作。" });
  const multipart = await page.request.post("/api/v1/figure-imports", {
    multipart: { period: "2020Q3", file: { name: "f.csv", mimeType: "text/csv", buffer: Buffer.from("x") } },
    headers: { "Sec-Fetch-Site": "cross-site" },
  });
  expect(multipart.status()).toBe(403);
  const ownOrigin = new URL(page.url()).origin;
  // From the site itself the request reaches the route (which rejects the value, not the origin).
  const own = await page.request.put("/api/v1/figures", { data: body, headers: { Origin: ownOrigin } });
  expect(own.status()).toBe(400);
});

test("a cross-site server action answers 403, not 500", async ({ page }) => {
  await signIn(page, "office");
  const response = await page.request.post("/targets", {
    headers: { Origin: "http://evil.example", "Next-Action": "0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test("X-Forwarded-Host from a client does not steer the sign-in redirect", async ({ request, baseURL }) => {
  const response = await request.get("/targets", { headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" }, maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers()["location"] ?? "", baseURL);
  // Next writes loopback addresses as "localhost"; the point is that neither host nor scheme is the client's.
  expect(["127.0.0.1", "localhost"]).toContain(location.hostname);
  expect(location.port).toBe(new URL(baseURL ?? "").port);
  expect(location.protocol).toBe("http:");
  expect(location.pathname).toBe("/login");
  const providers = await request.get("/api/auth/providers", { headers: { "X-Forwarded-Host": "evil.example" } });
  expect(JSON.stringify(await providers.json())).not.toContain("evil.example");
});

// The sign-in defects measured in issue 17: the return address stays on this site; sign-out ends the
// session on the server; unknown methods get 405; the form works without script by POST and never
// puts a credential in an address; authenticated answers are not cached; behind an HTTPS proxy the
// session cookie is Secure under one name and sign-in works.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { freePort, removeDatabase, startAppServer, startTlsProxy, TMP_DIR } from "./support/app-server";

async function fillAndSubmit(page: Page, username: string, password: string) {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press("Enter");
}

test("a return address that names another host after sign-in lands on this site", async ({ page }) => {
  await page.goto("/login?callbackUrl=/.//other-host.example/path");
  await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/");
  await fillAndSubmit(page, "office", DEMO_PASSWORD);
  await expect(page.getByTestId("scope-line")).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "").host);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("a same-site return address is kept", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Ftargets%3Fstatus%3DonTrack");
  await fillAndSubmit(page, "office", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/targets\?status=onTrack$/);
});

test("a session cookie captured before sign-out opens nothing afterwards", async ({ page, browser, baseURL }) => {
  await signIn(page, "leader");
  const captured = await page.context().cookies();
  expect(captured.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(captured);
  const me = await replay.request.get("/api/v1/me");
  expect(me.status()).toBe(401);
  const replayPage = await replay.newPage();
  await replayPage.goto("/targets");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
});

// (TRACK is refused by Node's own HTTP parser with 400 before the app sees it.)
test("TRACE and other unknown methods answer 405, not 500", async ({ request }) => {
  for (const [method, url] of [["TRACE", "/"], ["TRACE", "/api/v1/me"], ["TRACE", "/login"], ["PROPFIND", "/targets"], ["MKCOL", "/api/v1/targets"]] as const) {
    const response = await request.fetch(url, { method });
    expect(response.status(), `${method} ${url}`).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  }
});

test.describe("without script", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form posts, refuses and signs in, and no address ever carries the password", async ({ page }) => {
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    await page.goto("/login");
    await expect(page.getByTestId("login-form")).toHaveAttribute("method", /post/i);

    await fillAndSubmit(page, "office", "wrong-Password#1");
    await expect(page.getByTestId("login-error")).toHaveText("用户名或密码错误，或账号已停用");
    await expect(page.locator('input[name="username"]')).toHaveValue("office");

    await fillAndSubmit(page, "office", DEMO_PASSWORD);
    await expect(page.getByTestId("scope-line")).toContainText("防城港市");
    expect(addresses.length).toBeGreaterThan(2);
    for (const address of addresses) {
      expect(address).not.toContain("password");
      expect(address).not.toContain(encodeURIComponent(DEMO_PASSWORD));
      expect(address).not.toContain("wrong-Password");
    }
  });
});

test("authenticated pages, API answers and exports are never stored by a browser or proxy", async ({ page }) => {
  await signIn(page, "office");
  const answers = [
    await page.request.get("/"),
    await page.request.get("/targets"),
    await page.request.get("/api/v1/me"),
    await page.request.get("/api/v1/targets/export.csv"),
    await page.request.get("/api/v1/targets/export.xlsx"),
  ];
  for (const answer of answers) {
    expect(answer.status(), answer.url()).toBe(200);
    expect(answer.headers()["cache-control"], answer.url()).toContain("no-store");
  }
});

test.describe("behind an HTTPS reverse proxy", () => {
  test.setTimeout(240_000);

  test("the session cookie is Secure under its __Secure- name and the signed-in user stays signed in", async ({ browser }) => {
    const tlsPort = await freePort();
    const siteUrl = `https://127.0.0.1:${tlsPort}`;
    // A database of its own (the suite's is busy; migrating it would wait for its locks); the site
    // address is https and the app believes the proxy's headers.
    const dbFile = path.join(TMP_DIR, "e2e-https.db");
    removeDatabase(dbFile);
    const app = await startAppServer({ DATABASE_URL: `file:${dbFile}`, NEXTAUTH_URL: siteUrl, TRUST_PROXY: "1" });
    const proxy = await startTlsProxy(tlsPort, Number(new URL(app.url).port));
    try {
      const context = await browser.newContext({ baseURL: siteUrl, ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto("/login");
      await fillAndSubmit(page, "office-dx", DEMO_PASSWORD);
      await expect(page.getByTestId("scope-line")).toContainText("东兴市");
      const cookies = await context.cookies();
      const session = cookies.filter((c) => c.name.includes("session-token"));
      expect(session.map((c) => [c.name, c.secure, c.httpOnly])).toEqual([["__Secure-next-auth.session-token", true, true]]);
      await page.goto("/targets");
      await expect(page).toHaveURL(/\/targets/);
      const answer = await page.request.get("/api/v1/me");
      expect(answer.status()).toBe(200);
      expect(answer.headers()["strict-transport-security"]).toContain("max-age=");
      await context.close();
    } finally {
      await proxy.close();
      await app.close();
      removeDatabase(dbFile);
    }
  });
});

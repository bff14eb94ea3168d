// The access matrix of the pages, from one table of rules (issue 14, "Access"): every page.tsx of the
// app × each role signed in (the demo accounts' session cookies), each role's API token and a
// signed-out visitor × a record in the caller's scope and one outside it → what lib/permissions.ts
// and the page's rule call for: the sign-in page, not found (404, what a page answers for a missing
// capability or a record outside the scope), or the page. A page missing from the table fails it.
// The API routes are in tests/integration/security/access-matrix.test.ts, the server actions in
// tests/integration/security/action-matrix.test.ts.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { can, isPathInScope, type Capability } from "@/lib/permissions";
import type { Role, SessionUser } from "@/lib/auth/session-user";
import { signIn } from "./support/auth";
import { withE2eDatabase } from "./support/database";

test.describe.configure({ timeout: 900_000 });

const ACCOUNTS: Record<Role, string> = { ADMIN: "admin", OFFICE: "office", LEADERSHIP: "leader", DEPARTMENT: "dept-scj", VIEWER: "viewer-dx" };
const root = path.resolve(__dirname, "../..");

/** The records of a place: a county, a plan issued there with a target, a figure, a warning card, the region that assesses it. */
interface Place {
  regionId: number;
  regionCode: string;
  regionPath: string;
  planId: number;
  targetId: number;
  figureId: number;
  cardId: number;
  assessingCode: string;
}

/** The demo's year whose assessment the test publishes (every county verified), for its notice. */
const NOTICE_YEAR = 2019;

interface PageRule {
  /** What a signed-in caller needs; "signedIn": any role; "public": anyone, signed in or not. */
  capability: Capability | "signedIn" | "public";
  /** The URL for a place; rules without scope use only the first. */
  url: (place: Place, ids: Ids) => string;
  /** "region": the URL names the place's region or a record of it, and outside the scope is not found. */
  scope: "region" | "none";
  /** What a signed-out visitor gets, when not sent to sign in. */
  signedOut?: "ok";
}

interface Ids {
  departmentId: number;
  indicatorId: number;
  userId: number;
}

/** The one table: each page file by its route. */
const PAGES: Record<string, PageRule> = {
  "app/(auth)/login/page.tsx": { capability: "public", scope: "none", url: () => "/login", signedOut: "ok" },
  "app/(auth)/change-password/page.tsx": { capability: "signedIn", scope: "none", url: () => "/change-password" },
  // The notice of the region that assesses the place, read by its offices and its leadership (and the counties it assesses).
  "app/(print)/assessment-notice/page.tsx": { capability: "assessment.view", scope: "region", url: (p) => `/assessment-notice?year=${NOTICE_YEAR}&region=${p.assessingCode}` },
  // Without a pending step (its cookie) the page only says to sign in again, to anyone.
  "app/(auth)/login/second-factor/page.tsx": { capability: "public", scope: "none", url: () => "/login/second-factor", signedOut: "ok" },
  "app/(print)/reports/print/page.tsx": { capability: "report.export", scope: "region", url: (p) => `/reports/print?region=${p.regionCode}&period=2020` },
  "app/(dashboard)/page.tsx": { capability: "dashboard.view", scope: "none", url: () => "/" },
  "app/(dashboard)/targets/page.tsx": { capability: "dashboard.view", scope: "region", url: (p) => `/targets?region=${p.regionCode}` },
  "app/(dashboard)/regions/[code]/page.tsx": { capability: "dashboard.view", scope: "region", url: (p) => `/regions/${p.regionCode}` },
  "app/(dashboard)/indicators/[code]/page.tsx": { capability: "dashboard.view", scope: "region", url: (p) => `/indicators/MFG_SPOT_PASS?region=${p.regionCode}` },
  "app/(dashboard)/figures/[id]/page.tsx": { capability: "dashboard.view", scope: "region", url: (p) => `/figures/${p.figureId}` },
  "app/(dashboard)/api-docs/page.tsx": { capability: "signedIn", scope: "none", url: () => "/api-docs" },
  "app/(dashboard)/notifications/page.tsx": { capability: "dashboard.view", scope: "none", url: () => "/notifications" },
  "app/(dashboard)/notifications/preferences/page.tsx": { capability: "dashboard.view", scope: "none", url: () => "/notifications/preferences" },
  "app/(dashboard)/warnings/page.tsx": { capability: "dashboard.view", scope: "none", url: () => "/warnings" },
  "app/(dashboard)/warnings/[id]/page.tsx": { capability: "dashboard.view", scope: "region", url: (p) => `/warnings/${p.cardId}` },
  "app/(dashboard)/entry/page.tsx": { capability: "figure.enter", scope: "none", url: () => "/entry" },
  "app/(dashboard)/review/page.tsx": { capability: "figure.review", scope: "none", url: () => "/review" },
  "app/(dashboard)/completeness/page.tsx": { capability: "figure.review", scope: "none", url: () => "/completeness" },
  "app/(dashboard)/periods/page.tsx": { capability: "period.manage", scope: "none", url: () => "/periods" },
  "app/(dashboard)/reports/page.tsx": { capability: "report.export", scope: "none", url: () => "/reports" },
  "app/(dashboard)/audit/page.tsx": { capability: "audit.view", scope: "none", url: () => "/audit" },
  "app/(dashboard)/assessment/page.tsx": { capability: "assessment.view", scope: "none", url: () => "/assessment" },
  "app/(dashboard)/assessment/[year]/[region]/page.tsx": { capability: "assessment.view", scope: "region", url: (p) => `/assessment/2020/${p.regionCode}` },
  // The administration index lists the sections the caller may manage: plans are the office's too.
  "app/(dashboard)/admin/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin" },
  "app/(dashboard)/admin/plans/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin/plans" },
  "app/(dashboard)/admin/plans/new/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin/plans/new" },
  "app/(dashboard)/admin/plans/import/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin/plans/import" },
  "app/(dashboard)/admin/plans/[id]/page.tsx": { capability: "plan.manage", scope: "region", url: (p) => `/admin/plans/${p.planId}` },
  "app/(dashboard)/admin/plans/[id]/targets/new/page.tsx": { capability: "plan.manage", scope: "region", url: (p) => `/admin/plans/${p.planId}/targets/new` },
  "app/(dashboard)/admin/plans/[id]/targets/[targetId]/page.tsx": { capability: "plan.manage", scope: "region", url: (p) => `/admin/plans/${p.planId}/targets/${p.targetId}` },
  "app/(dashboard)/admin/plans/[id]/targets/[targetId]/cascade/page.tsx": { capability: "plan.manage", scope: "region", url: (p) => `/admin/plans/${p.planId}/targets/${p.targetId}/cascade` },
  "app/(dashboard)/admin/indicators/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin/indicators" },
  "app/(dashboard)/admin/indicators/new/page.tsx": { capability: "plan.manage", scope: "none", url: () => "/admin/indicators/new" },
  "app/(dashboard)/admin/indicators/[id]/page.tsx": { capability: "plan.manage", scope: "none", url: (_p, ids) => `/admin/indicators/${ids.indicatorId}` },
  "app/(dashboard)/admin/departments/page.tsx": { capability: "master.manage", scope: "none", url: () => "/admin/departments" },
  "app/(dashboard)/admin/departments/new/page.tsx": { capability: "master.manage", scope: "none", url: () => "/admin/departments/new" },
  "app/(dashboard)/admin/departments/[id]/page.tsx": { capability: "master.manage", scope: "none", url: (_p, ids) => `/admin/departments/${ids.departmentId}` },
  "app/(dashboard)/admin/regions/page.tsx": { capability: "master.manage", scope: "none", url: () => "/admin/regions" },
  "app/(dashboard)/admin/regions/new/page.tsx": { capability: "master.manage", scope: "none", url: () => "/admin/regions/new" },
  "app/(dashboard)/admin/regions/[id]/page.tsx": { capability: "master.manage", scope: "none", url: (p) => `/admin/regions/${p.regionId}` },
  "app/(dashboard)/admin/responsibilities/page.tsx": { capability: "master.manage", scope: "none", url: () => "/admin/responsibilities" },
  "app/(dashboard)/admin/users/page.tsx": { capability: "user.manage", scope: "none", url: () => "/admin/users" },
  "app/(dashboard)/admin/users/new/page.tsx": { capability: "user.manage", scope: "none", url: () => "/admin/users/new" },
  "app/(dashboard)/admin/users/[id]/page.tsx": { capability: "user.manage", scope: "none", url: (_p, ids) => `/admin/users/${ids.userId}` },
  "app/(dashboard)/admin/security/page.tsx": { capability: "user.manage", scope: "none", url: () => "/admin/security" },
  "app/(dashboard)/admin/notifications/page.tsx": { capability: "user.manage", scope: "none", url: () => "/admin/notifications" },
  "app/(dashboard)/admin/tokens/page.tsx": { capability: "token.manage", scope: "none", url: () => "/admin/tokens" },
};

type Outcome = "signIn" | "notFound" | "ok" | `status ${number}`;

async function outcomeOf(response: APIResponse): Promise<Outcome> {
  const status = response.status();
  if (status >= 300 && status < 400) return /\/login/.test(response.headers().location ?? "") ? "signIn" : `status ${status}`;
  if (status === 404) return "notFound";
  if (status !== 200) return `status ${status}`;
  // A page that calls notFound() inside a streamed part answers 200 with the not-found page's heading
  // (every page's RSC payload names the heading's text too, but as JSON, not as an element).
  return /<h1[^>]*>(?:页面不存在|Page not found)<\/h1>/.test(await response.text()) ? "notFound" : "ok";
}

function expected(rule: PageRule, user: Pick<SessionUser, "role" | "scopePath"> | null, regionPath: string): Outcome {
  if (rule.capability === "public") return "ok";
  if (!user) return rule.signedOut ?? "signIn";
  if (rule.capability !== "signedIn" && !can(user, rule.capability)) return "notFound";
  if (rule.scope === "region" && !isPathInScope(user, regionPath)) return "notFound";
  return "ok";
}

function pageFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "page.tsx")
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

function readPlaces() {
  return withE2eDatabase(async (db) => {
    // A withdrawn card of the place (one that changes no score, dashboard or other test), dated as the seeded card.
    const { issued_at: issuedAt } = await db.one<{ issued_at: string | Date }>("SELECT issued_at FROM warning_cards ORDER BY id LIMIT 1");
    const card = (regionId: number) =>
      db.id(
        "INSERT INTO warning_cards (region_id, color, source, reason_code, reason, status, issued_at, closed_at, close_reason) VALUES (?, 'YELLOW', 'MANUAL', 'MANUAL', ?, 'WITHDRAWN', ?, ?, ?) RETURNING id",
        regionId,
        "访问矩阵的黄牌",
        issuedAt,
        issuedAt,
        "误发",
      );
    const place = async (code: string): Promise<Place> => {
      const region = await db.one<{ id: number; code: string; path: string; parent: string }>(
        "SELECT r.id, r.code, r.path, p.code AS parent FROM regions r JOIN regions p ON p.id = r.parent_id WHERE r.code = ?",
        code,
      );
      const planId = await db.id("SELECT p.id FROM plans p JOIN regions r ON r.id = p.issuing_region_id WHERE ? LIKE r.path || '%' ORDER BY length(r.path) DESC LIMIT 1", region.path);
      const targetId = await db.id("SELECT id FROM targets WHERE plan_id = ? ORDER BY id LIMIT 1", planId);
      const figureId = await db.id("SELECT id FROM figures WHERE region_id = ? ORDER BY id LIMIT 1", region.id);
      return { regionId: region.id, regionCode: region.code, regionPath: region.path, planId, targetId, figureId, cardId: await card(region.id), assessingCode: region.parent };
    };
    const ids: Ids = {
      departmentId: await db.id("SELECT id FROM departments WHERE code = 'SCJ'"),
      indicatorId: await db.id("SELECT id FROM indicators WHERE code = 'MFG_SPOT_PASS'"),
      userId: await db.id("SELECT id FROM users WHERE username = 'viewer-dx'"),
    };
    const users = Object.fromEntries(
      (
        await db.query<{ id: number; username: string; role: Role; scope_region_id: number; department_id: number | null; path: string }>(
          "SELECT u.id, u.username, u.role, u.scope_region_id, u.department_id, r.path FROM users u JOIN regions r ON r.id = u.scope_region_id",
        )
      ).map((u) => [u.username, u]),
    );
    // An API token of each role: pages take the session cookie only, so a token is a signed-out visitor.
    const tokens = {} as Record<Role, string>;
    const admin = users.admin;
    for (const [role, username] of Object.entries(ACCOUNTS) as [Role, string][]) {
      const owner = users[username];
      const secret = `page-matrix-${role.toLowerCase()}-${Date.now()}`;
      await db.query(
        "INSERT INTO api_tokens (name, token_hash, prefix, role, scope_region_id, department_id, created_by_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        secret,
        createHash("sha256").update(secret).digest("hex"),
        secret.slice(0, 4),
        role,
        owner?.scope_region_id ?? null,
        owner?.department_id ?? null,
        admin?.id ?? null,
      );
      tokens[role] = secret;
    }
    return { inside: await place("450681"), outside: await place("130000"), ids, users, tokens };
  });
}

/** Publishes the demo city's NOTICE_YEAR assessment as its office, so that a notice exists to be read. */
async function publishNotice(page: Page) {
  await page.goto(`/assessment?region=450600&year=${NOTICE_YEAR}`);
  const publish = page.getByTestId("publish-form-submit");
  if ((await publish.count()) === 0) return; // published by an earlier attempt of this test
  await publish.click();
  await expect(page.getByTestId("publication-status")).toContainText("已发布");
}

test("every page answers every caller × region as the rules say", async ({ browser, playwright, baseURL }) => {
  expect(Object.keys(PAGES).sort()).toEqual([...pageFiles("app")]);
  const { inside, outside, ids, users, tokens } = await readPlaces();

  interface Caller {
    name: string;
    user: Pick<SessionUser, "role" | "scopePath"> | null;
    request: APIRequestContext;
  }
  const callers: Caller[] = [];
  for (const [role, username] of Object.entries(ACCOUNTS) as [Role, string][]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    if (role === "OFFICE") await publishNotice(page);
    const row = users[username];
    callers.push({ name: `session ${role}`, user: { role, scopePath: row?.path ?? "" } as Pick<SessionUser, "role" | "scopePath">, request: context.request });
    callers.push({ name: `token ${role}`, user: null, request: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens[role]}` } }) });
  }
  callers.push({ name: "signed out", user: null, request: await playwright.request.newContext({ baseURL }) });

  const mismatches: string[] = [];
  let requests = 0;
  for (const [file, rule] of Object.entries(PAGES)) {
    for (const caller of callers) {
      const places = rule.scope === "region" ? [inside, outside] : [inside];
      for (const place of places) {
        if (place === outside && caller.user && isPathInScope(caller.user, outside.regionPath)) continue;
        const url = rule.url(place, ids);
        const got = await outcomeOf(await caller.request.get(url, { maxRedirects: 0 }));
        requests++;
        const want = expected(rule, caller.user, place.regionPath);
        if (got !== want) mismatches.push(`${caller.name} ${url} (${file}): ${got}, expected ${want}`);
      }
    }
  }
  console.log(`page matrix: ${Object.keys(PAGES).length} pages × ${callers.length} callers (5 roles signed in, 5 API tokens, signed out) × in/out of scope = ${requests} requests, ${mismatches.length} mismatches`);
  expect(mismatches).toEqual([]);
});

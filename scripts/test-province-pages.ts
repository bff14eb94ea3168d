// `npm run test:province`: every page, API route and report as every demo account on the province
// data set (seeded into PROVINCE_PAGES_DATABASE_URL, default tests/.tmp/province-pages.db, on first
// use), against a production build. Fails on any server error and on any unexpected 4xx: a page the
// account may have must answer 200, one it may not (role or region scope) 403 or 404. Prints how
// long it took.
import { performance } from "node:perf_hooks";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { can } from "@/lib/permissions";
import { prepareDatabase, readCaseIds, readRegionPaths } from "./bench/database";
import { DEMO_USERS, detailCases, isAllowed, pageCases, PROVINCE, reportCases, type DemoUser, type PageCase } from "./bench/pages";
import { startServer } from "./bench/server";
import { BenchSession } from "./bench/session";
import { ensureBuild } from "./start/build";

const DEFAULT_URL = "file:./tests/.tmp/province-pages.db";
const REFUSED = [403, 404];

interface Outcome {
  user: DemoUser;
  c: PageCase;
  status: number;
  expected: number[];
  ms: number;
}

const roleOf = (user: DemoUser) => {
  const account = DEMO_ACCOUNTS.find((a) => a.username === user);
  if (!account) throw new Error(`no demo account ${user}`);
  return account.role;
};

async function main() {
  const started = performance.now();
  const url = process.env.PROVINCE_PAGES_DATABASE_URL?.trim() || DEFAULT_URL;
  const authSecret = await prepareDatabase(url);
  const [ids, paths] = await Promise.all([readCaseIds(url), readRegionPaths(url, Object.values(PROVINCE))]);
  ensureBuild();
  const server = await startServer({ databaseUrl: url, authSecret });
  try {
    const sessions = new Map<DemoUser, BenchSession>();
    for (const user of DEMO_USERS) {
      const session = new BenchSession(server.baseUrl);
      await session.signIn(user, DEMO_PASSWORD);
      sessions.set(user, session);
    }
    const regionPath = (code: string) => paths.get(code) ?? `/missing/${code}/`;
    const allowed = (user: DemoUser, c: PageCase) => isAllowed(user, c, (u, capability) => can({ role: roleOf(u) }, capability), regionPath);
    const check = async (user: DemoUser, c: PageCase): Promise<Outcome> => {
      const session = sessions.get(user);
      if (!session) throw new Error(`not signed in as ${user}`);
      const expected = c.fixedStatus !== undefined ? [c.fixedStatus] : allowed(user, c) ? [c.allowedStatus ?? 200] : REFUSED;
      const res = await session.get(c.path, { method: c.method, body: c.body });
      return { user, c, status: res.status, expected, ms: res.ms };
    };

    // Pages and API routes: each account's requests one after another, the accounts at once.
    const screens = [...pageCases(ids), ...detailCases(ids)];
    const outcomes = (await Promise.all(DEMO_USERS.map(async (user) => {
      const done: Outcome[] = [];
      for (const c of screens) done.push(await check(user, c));
      return done;
    }))).flat();
    console.log(`Pages and API routes: ${outcomes.length} requests in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    // Reports one at a time (PDF renders queue): the city's year in every format as every account;
    // the province's and the county's year and quarter as JSON and PDF as the leader.
    const cityYear = `region=${PROVINCE.city}&period=${ids.year}`;
    for (const c of reportCases(ids.year)) {
      const users: DemoUser[] = c.path.endsWith(cityYear) ? [...DEMO_USERS] : c.level !== "city" && (c.format === "json" || c.format === "pdf") ? ["leader"] : [];
      for (const user of users) {
        const outcome = await check(user, c);
        console.log(`  ${c.name} as ${user}: HTTP ${outcome.status} in ${Math.round(outcome.ms)} ms`);
        outcomes.push(outcome);
      }
    }

    const failures = outcomes.filter((o) => !o.expected.includes(o.status));
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`${outcomes.length} requests (${screens.length} pages and API routes × ${DEMO_USERS.length} accounts, and the reports).`);
    console.log(`Slowest: ${slowest.map((o) => `${o.c.name} as ${o.user} ${Math.round(o.ms)} ms`).join("; ")}`);
    for (const f of failures) console.log(`FAIL ${f.c.method ?? "GET"} ${f.c.path} as ${f.user}: HTTP ${f.status}, expected ${f.expected.join(" or ")} (${f.c.name})`);
    console.log(`${failures.length === 0 ? "PASS" : `FAIL: ${failures.length} unexpected statuses`} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

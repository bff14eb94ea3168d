// `npm run -s security:scan -- http://127.0.0.1:3100`: the two third-party scanners an assessor runs
// (Debian's wapiti and sqlmap, `apt-get install wapiti sqlmap`) against a started instance, signed in
// as the office and as a department. Start a throwaway instance first: the scanners submit every
// form they find, so the demo data is changed (`PORT=3100 DATABASE_URL=file:/tmp/scan.db npm start`).
// Offline by design: wapiti's modules that call out (ssrf, wapp, which downloads its technology
// database at start) are left out, and no URL is excluded (Debian's wapiti 3.0.4 under Python 3.11
// fails on every `-x` pattern; sign-out needs script, which wapiti does not run). Prints each
// scanner's findings and exits 1 on any; SCAN_MINUTES bounds each wapiti run, SCAN_TOOLS=wapiti or
// =sqlmap runs one of them.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { DEMO_PASSWORD } from "@/lib/demo-accounts";
import { signInByForm } from "./bench/form-sign-in";

const ACCOUNTS = ["office", "dept-scj"] as const;
const WAPITI_MODULES = "sql,blindsql,xss,permanentxss,exec,file,redirect,crlf";
/** GET routes with parameters that reach the database: sqlmap tries each parameter. */
const SQLMAP_PATHS = [
  "/api/v1/targets?region=450621&status=OFF_TRACK&indicator=MFG_SPOT_PASS",
  "/api/v1/reports/summary.json?region=450600&period=2020",
  "/api/v1/regions/450621/scorecard?provisional=false",
  "/api/v1/warnings?region=450600",
  "/targets?region=450621&status=OFF_TRACK&q=%E6%8A%BD%E6%A3%80",
  "/review?period=2020Q3&department=1",
  "/audit?user=1&entityType=Figure&action=figure.&from=2020-01-01",
];

interface Finding {
  scanner: "wapiti" | "sqlmap";
  account: string;
  what: string;
}

function requireTool(name: string) {
  if (spawnSync("sh", ["-c", `command -v ${name}`]).status !== 0) {
    console.error(`${name} is not installed: apt-get install -y wapiti sqlmap`);
    process.exit(2);
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

function runWapiti(base: string, account: string, cookie: string, work: string): Finding[] {
  const report = path.join(work, `wapiti-${account}.json`);
  const minutes = Number(process.env.SCAN_MINUTES ?? 10);
  const args = [
    "-u", `${base}/`, "--scope", "folder", "-m", WAPITI_MODULES, "-H", `Cookie: ${cookie}`,
    "--max-scan-time", String(minutes * 60), "--max-attack-time", String(minutes * 12),
    "--flush-session", "--store-session", path.join(work, `session-${account}`), "--store-config", path.join(work, `config-${account}`),
    "-f", "json", "-o", report, "-v", "0", "--no-bugreport",
  ];
  spawnSync("wapiti", args, { stdio: ["ignore", "inherit", "inherit"] });
  if (!fs.existsSync(report)) throw new Error(`wapiti wrote no report for ${account}`);
  const parsed = JSON.parse(fs.readFileSync(report, "utf8")) as { vulnerabilities?: Record<string, { path: string; parameter: string; info: string }[]> };
  console.log(`wapiti as ${account}: ${crawledRequests(path.join(work, `session-${account}`))} requests crawled and attacked`);
  return Object.entries(parsed.vulnerabilities ?? {}).flatMap(([kind, hits]) =>
    hits.map((h) => ({ scanner: "wapiti" as const, account, what: `${kind}: ${h.path} (${h.parameter}) ${h.info}` })),
  );
}

/** How many requests wapiti's session database holds (its `paths` table): what the scan covered. */
function crawledRequests(sessionDir: string): number | "?" {
  const file = fs.readdirSync(sessionDir).find((f) => f.endsWith(".db"));
  if (!file) return "?";
  const db = new Database(path.join(sessionDir, file), { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM paths").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function runSqlmap(base: string, account: string, cookie: string, work: string): Finding[] {
  const findings: Finding[] = [];
  for (const route of SQLMAP_PATHS) {
    const out = execFileSync(
      "sqlmap",
      ["-u", `${base}${route}`, "--cookie", cookie, "--batch", "--level", "1", "--risk", "1", "--time-sec", "2", "--output-dir", path.join(work, "sqlmap"), "--disable-coloring", "--flush-session"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    // Only a confirmed injection point counts: on a loaded machine the time-based heuristic says a
    // parameter "appears to be injectable" and sqlmap's own confirmation then calls it a false positive.
    const lines = out.split("\n");
    const hits = lines.filter((line) => /identified the following injection point|is vulnerable/i.test(line));
    const unconfirmed = lines.filter((line) => /appears to be .*injectable/i.test(line)).length;
    console.log(`sqlmap as ${account}: ${route} — ${hits.length === 0 ? "no injection point" : hits.join("; ")}${unconfirmed > 0 && hits.length === 0 ? ` (${unconfirmed} heuristic hint(s) sqlmap did not confirm)` : ""}`);
    findings.push(...hits.map((line) => ({ scanner: "sqlmap" as const, account, what: `${route}: ${line.trim()}` })));
  }
  return findings;
}

async function main() {
  const base = (process.argv[2] ?? process.env.SCAN_BASE_URL ?? "").replace(/\/$/, "");
  if (!/^https?:\/\//.test(base)) {
    console.error("Usage: npm run -s security:scan -- http://127.0.0.1:3100   (a started throwaway instance)");
    process.exit(2);
  }
  const tools = (process.env.SCAN_TOOLS ?? "sqlmap,wapiti").split(",");
  for (const tool of tools) requireTool(tool);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "security-scan-"));
  const findings: Finding[] = [];
  for (const account of ACCOUNTS) {
    const cookie = cookieHeader(await signInByForm(base, account, DEMO_PASSWORD));
    if (tools.includes("sqlmap")) findings.push(...runSqlmap(base, account, cookie, work));
    if (tools.includes("wapiti")) findings.push(...runWapiti(base, account, cookie, work));
  }
  console.log(`\nsecurity scan of ${base}: ${findings.length} finding(s); reports in ${work}`);
  for (const f of findings) console.log(`  ${f.scanner} as ${f.account}: ${f.what}`);
  process.exit(findings.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});

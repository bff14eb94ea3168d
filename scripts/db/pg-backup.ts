// Backup and restore of a PostgreSQL database with pg_dump / pg_restore (PostgreSQL's client tools,
// Debian package postgresql-client). The dump is pg_dump's custom format: consistent while the app
// runs, compressed, restorable table by table.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupError, backupStamp } from "./backup";

/** A client tool's path, or a clear refusal where it is not installed. */
function tool(name: "pg_dump" | "pg_restore"): string {
  const found = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (found.error || found.status !== 0) {
    throw new BackupError(
      `${name} is not installed on this machine. Install PostgreSQL's client tools (Debian/Ubuntu: \`apt-get install postgresql-client\`; ` +
        `the major version must be at least the server's) or run ${name} on the database server.`,
    );
  }
  return name;
}

function run(command: string, args: readonly string[]) {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new BackupError(`${command} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`);
  return result.stdout;
}

/** Checks that a file is a pg_dump archive of this product (it holds the migrations table). */
function checkDumpFile(file: string) {
  if (!fs.existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  let list: string;
  try {
    list = execFileSync(tool("pg_restore"), ["--list", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    throw new BackupError(`${file} is not a pg_dump archive (custom format).`);
  }
  if (!/TABLE (DATA )?public _prisma_migrations /.test(list)) throw new BackupError(`${file} is not a backup of this product (no _prisma_migrations table).`);
}

/** Writes DIR/quality-targets-YYYYMMDD-HHMMSS.dump and returns its path. */
export function backupPostgres(url: string, dir: string, now = new Date()): string {
  const dump = tool("pg_dump");
  fs.mkdirSync(dir, { recursive: true });
  let target = path.resolve(dir, `quality-targets-${backupStamp(now)}.dump`);
  for (let n = 2; fs.existsSync(target); n++) target = path.resolve(dir, `quality-targets-${backupStamp(now)}-${n}.dump`);
  run(dump, ["--format=custom", "--no-owner", "--file", target, "--dbname", url]);
  checkDumpFile(target);
  return target;
}

/** Other sessions connected to the database (app servers still running). */
async function otherSessions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Replaces the database's contents with a dump, in one transaction (a failed restore changes
 * nothing). Refuses while app servers are connected unless forced; keeps a dump of the replaced
 * contents first (returned as `previous`).
 */
export async function restorePostgres(url: string, dumpFile: string, options: { force?: boolean; keepDir: string }) {
  const source = path.resolve(dumpFile);
  checkDumpFile(source);
  const sessions = await otherSessions(url);
  if (sessions > 0 && !options.force) {
    throw new BackupError(`${sessions} other session(s) are connected to the database. Stop the app servers first; if they are stopped, run again with --force.`);
  }
  const previous = backupPostgres(url, options.keepDir);
  run(tool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", url, source]);
  return { target: url.replace(/\/\/[^@/]*@/, "//"), previous };
}

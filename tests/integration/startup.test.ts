// `npm start`'s preparation on the integration database's kind (SQLite, or PostgreSQL when
// TEST_PG_URL is set): two servers started at once against an empty database both come up, one
// migrates and loads the demo data while the other waits; a failing migration leaves the database as
// it was (PostgreSQL: rolled back whole, with a message naming it, and the migrations table stays
// Prisma's own; SQLite: the snapshot taken before is put back).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { applyPgMigrations, MigrationError, readPgMigrations } from "@/scripts/db/pg-migrate";
import { migrate, MigrateFailed } from "@/scripts/start/migrate";
import { createMigratedDatabase, createMigratedPgDatabase, dropPgDatabase, pgDatabaseUrl, removeDatabase } from "../support/test-database";

const root = path.resolve(import.meta.dirname, "..", "..");
const pgServer = process.env.TEST_PG_URL;
const kind = pgServer ? "PostgreSQL" : "SQLite";
const sqliteFile = path.join(root, "tests", ".tmp", `startup-${process.pid}.db`);
const PG_NAME = `startup_${process.pid}`;

function prepare(url: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["scripts/start.ts", "--prepare-only"],
      { cwd: root, env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

async function emptyDatabase(): Promise<string> {
  if (!pgServer) {
    removeDatabase(sqliteFile);
    fs.rmSync(`${sqliteFile}.start-lock`, { force: true });
    return `file:${sqliteFile}`;
  }
  await dropPgDatabase(pgServer, PG_NAME);
  const admin = new pg.Client({ connectionString: pgDatabaseUrl(pgServer, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${PG_NAME}"`);
  await admin.end();
  return pgDatabaseUrl(pgServer, PG_NAME);
}

afterAll(async () => {
  if (pgServer) await dropPgDatabase(pgServer, PG_NAME);
  removeDatabase(sqliteFile);
  fs.rmSync(`${sqliteFile}.start-lock`, { force: true });
});

describe(`start-up on ${kind}`, () => {
  it("two servers starting at once against an empty database: one migrates and seeds, the other waits, neither fails", async () => {
    const url = await emptyDatabase();
    const runs = await Promise.all([prepare(url), prepare(url)]);
    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    const outputs = runs.map((r) => r.output);
    expect(outputs.filter((o) => o.includes("Demo data loaded")).length).toBe(1);
    expect(outputs.filter((o) => o.includes("Another app server is migrating or loading data")).length).toBe(1);
    const db = createDbClient(url);
    try {
      expect(await db.user.count({ where: { username: "office" } })).toBe(1);
      expect(await db.setting.count({ where: { key: "auth_secret" } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
    // Started again: nothing to migrate, nothing to load.
    const again = await prepare(url);
    expect(again.code, again.output).toBe(0);
    expect(again.output).not.toContain("Demo data loaded");
  }, 300_000);
});

describe.runIf(pgServer)("PostgreSQL migrations", () => {
  it("roll a failing migration back whole, name it, and apply nothing twice", async () => {
    const url = await createMigratedPgDatabase(pgServer ?? "", PG_NAME);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const sql = 'CREATE TABLE "half_done" ("id" INTEGER);\nALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;\n';
      const broken = { name: "29991231000000_broken", sql, checksum: createHash("sha256").update(sql).digest("hex") };
      await expect(applyPgMigrations(client, [...readPgMigrations(path.join(root, "prisma", "postgres", "migrations")), broken])).rejects.toThrow(MigrationError);
      await expect(applyPgMigrations(client, [broken])).rejects.toThrow(/Migration 29991231000000_broken failed( \(line \d+\))?: relation "no_such_table" does not exist\. It was rolled back/);
      const tables = await client.query(`SELECT to_regclass('public.half_done') AS "t"`);
      expect(tables.rows[0]?.t).toBeNull();
      const rows = await client.query<{ migration_name: string; checksum: string }>(`SELECT "migration_name", "checksum" FROM "_prisma_migrations" ORDER BY "migration_name"`);
      const committed = readPgMigrations(path.join(root, "prisma", "postgres", "migrations"));
      expect(rows.rows).toEqual(committed.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
      expect(await applyPgMigrations(client, committed)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 120_000);
});

describe.runIf(!pgServer)("SQLite migrations", () => {
  it("put the database back as it was when a migration fails half-way", async () => {
    createMigratedDatabase(sqliteFile);
    // Undo the latest migration that creates several tables, except its last table: applying it
    // again creates the others, then fails on that one.
    const dir = path.join(root, "prisma", "migrations");
    const latest = fs
      .readdirSync(dir)
      .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
      .sort()
      .map((name) => ({ name, tables: [...fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8").matchAll(/CREATE TABLE "(\w+)"/g)].map((m) => m[1] as string) }))
      .filter((m) => m.tables.length >= 2)
      .at(-1);
    if (!latest) throw new Error("no migration creates two tables");
    const sqlite = new Database(sqliteFile);
    sqlite.pragma("foreign_keys = OFF");
    for (const table of latest.tables.slice(0, -1)) sqlite.exec(`DROP TABLE "${table}"`);
    sqlite.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(latest.name);
    sqlite.close();

    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(() => migrate(`file:${sqliteFile}`)).toThrow(MigrateFailed);
      expect(() => migrate(`file:${sqliteFile}`)).toThrow(/put back as it was before the migrations/);
    } finally {
      process.chdir(cwd);
    }
    const after = new Database(sqliteFile);
    try {
      const tables = new Set(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name));
      for (const table of latest.tables.slice(0, -1)) expect(tables.has(table), table).toBe(false);
      expect(tables.has(latest.tables.at(-1) ?? "")).toBe(true);
      expect(after.prepare("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE migration_name = ?").get(latest.name)).toEqual({ n: 0 });
      expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      after.close();
    }
    expect(fs.existsSync(`${sqliteFile}.before-migration`)).toBe(false);
  }, 120_000);
});

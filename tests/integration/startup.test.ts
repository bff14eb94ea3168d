// `npm start`'s preparation on the integration database's kind (SQLite, or PostgreSQL when
// TEST_PG_URL is set): two servers started at once against an empty database both come up, one
// migrates and loads the demo data while the other waits; on PostgreSQL a failing migration is rolled
// back whole with a message naming it, and the migrations table stays Prisma's own.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { applyPgMigrations, MigrationError, readPgMigrations } from "@/scripts/db/pg-migrate";
import { createMigratedPgDatabase, dropPgDatabase, pgDatabaseUrl, removeDatabase } from "../support/test-database";

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

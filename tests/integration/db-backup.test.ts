// Nothing lost: the database runs in WAL mode with a busy timeout, `db:backup` copies it while the app
// is connected and writing, and `db:restore` brings every figure back exactly.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { BackupError, backupDatabase, restoreDatabase, sqliteFileOf } from "@/scripts/db/backup";

const source = process.env.INTEGRATION_DB ?? "";
// SQLite's own backup; PostgreSQL's pg_dump path is tested in db-backup-pg.test.ts.
const onSqlite = process.env.DATABASE_URL?.startsWith("file:") ?? true;
let dir: string;

/** Number of figures and a digest of every column of every figure row, in id order. */
function figureDigest(file: string) {
  const sqlite = new Database(file); // read-write, so that closing it removes the -wal/-shm files
  try {
    const rows = sqlite.prepare("SELECT * FROM figures ORDER BY id").raw().all();
    return { count: rows.length, hash: createHash("sha256").update(JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v))).digest("hex") };
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  if (!onSqlite) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-backup-"));
  await db.figure.count(); // the app's client is connected
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(onSqlite)("SQLite settings", () => {
  it("runs in WAL mode with a busy timeout", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5_000);
  });
});

describe.runIf(onSqlite)("db:backup and db:restore", () => {
  it("round-trip every figure while the app's client is connected", async () => {
    const before = figureDigest(source);
    expect(before.count).toBeGreaterThan(1_000);
    const backup = await backupDatabase(`file:${source}`, dir, new Date("2026-12-07T15:04:05Z"));
    expect(path.basename(backup)).toBe("quality-targets-20261207-150405.db");
    expect(figureDigest(backup)).toEqual(before);

    // A second database that has since lost figures, restored from the backup.
    const target = path.join(dir, "live.db");
    fs.copyFileSync(backup, target);
    const damaged = new Database(target);
    damaged.prepare("DELETE FROM figures WHERE id IN (SELECT id FROM figures ORDER BY id LIMIT 100)").run();
    damaged.close();
    expect(figureDigest(target).count).toBe(before.count - 100);
    const { previous } = await restoreDatabase(`file:${target}`, backup, { keepDir: dir });
    expect(figureDigest(target)).toEqual(before);
    expect(previous && figureDigest(previous).count).toBe(before.count - 100);
    console.log(`db backup round trip: ${before.count} figures, sha256 ${before.hash.slice(0, 12)}… before and after`);
  });

  it("copies a consistent snapshot while the app writes", async () => {
    const note = `backup-${Date.now()}`;
    const figure = await db.figure.findFirstOrThrow({ orderBy: { id: "asc" } });
    const [backup] = await Promise.all([backupDatabase(`file:${source}`, dir), db.figure.update({ where: { id: figure.id }, data: { note } })]);
    const copy = new Database(backup, { readonly: true });
    const row = copy.prepare("SELECT note FROM figures WHERE id = ?").get(figure.id) as { note: string };
    copy.close();
    expect([figure.note, note]).toContain(row.note);
    await db.figure.update({ where: { id: figure.id }, data: { note: figure.note } });
  });

  it("refuses to restore over a database that looks open, or from a file that is not a backup", async () => {
    const backup = await backupDatabase(`file:${source}`, dir);
    await expect(restoreDatabase(`file:${source}`, backup, { keepDir: dir })).rejects.toThrow(/looks in use/);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database");
    await expect(restoreDatabase(`file:${path.join(dir, "other.db")}`, junk, { keepDir: dir })).rejects.toThrow(BackupError);
  });

  it("points PostgreSQL installations to pg_dump and pg_restore", () => {
    expect(() => sqliteFileOf("postgresql://u@h/db")).toThrow(/pg_dump.*pg_restore/);
  });
});

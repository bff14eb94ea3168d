// db:backup / db:restore on PostgreSQL (runs when the integration database is PostgreSQL):
// pg_dump while the app is connected, pg_restore brings every figure back exactly, in one
// transaction, and both refuse clearly what they cannot do.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { BackupError } from "@/scripts/db/backup";
import { backupPostgres, restorePostgres } from "@/scripts/db/pg-backup";

const url = process.env.DATABASE_URL ?? "";
const onPostgres = url.startsWith("postgresql:");
let dir: string;

/** Number of figures and a digest of every column of every figure row, in id order. */
async function figureDigest() {
  const rows = await db.figure.findMany({ orderBy: { id: "asc" } });
  return { count: rows.length, hash: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-backup-pg-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(onPostgres)("db:backup and db:restore on PostgreSQL", () => {
  it("round-trip every figure while the app's client is connected, keeping the replaced contents", async () => {
    const before = await figureDigest();
    const backup = backupPostgres(url, dir, new Date("2026-12-07T15:04:05Z"));
    expect(path.basename(backup)).toBe("quality-targets-20261207-150405.dump");
    const figure = await db.figure.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.figure.update({ where: { id: figure.id }, data: { note: "changed after the backup" } });
    expect((await figureDigest()).hash).not.toBe(before.hash);

    await expect(restorePostgres(url, backup, { keepDir: dir })).rejects.toThrow(/other session\(s\) are connected/);
    const { previous } = await restorePostgres(url, backup, { keepDir: dir, force: true });
    expect(fs.existsSync(previous)).toBe(true);
    expect(await figureDigest()).toEqual(before);
    expect((await db.auditEvent.count()) > 0).toBe(true);
  });

  it("refuses a file that is not a backup, and says what to install where pg_dump is missing", async () => {
    const junk = path.join(dir, "junk.dump");
    fs.writeFileSync(junk, "not a dump");
    await expect(restorePostgres(url, junk, { keepDir: dir, force: true })).rejects.toThrow(BackupError);
    const pathBefore = process.env.PATH;
    process.env.PATH = dir;
    try {
      expect(() => backupPostgres(url, dir)).toThrow(/pg_dump is not installed on this machine.*postgresql-client/);
    } finally {
      process.env.PATH = pathBefore;
    }
  });
});

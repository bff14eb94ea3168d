// One model definition: the committed PostgreSQL schema is exactly what `npm run db:pg-schema`
// generates from the SQLite one, so the two clients have the same models, fields and indexes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { modelBlocks, PG_SCHEMA, pgSchemaOf, SQLITE_SCHEMA } from "@/scripts/db/pg-schema";
import { readPgMigrations } from "@/scripts/db/pg-migrate";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("the PostgreSQL schema", () => {
  it("has the same model blocks as prisma/schema.prisma", () => {
    expect(modelBlocks(read(PG_SCHEMA))).toBe(modelBlocks(read(SQLITE_SCHEMA)));
  });

  it("is the generated file, byte for byte (run `npm run db:pg-schema` after editing the SQLite schema)", () => {
    expect(read(PG_SCHEMA)).toBe(pgSchemaOf(read(SQLITE_SCHEMA)));
  });

  it("differs only in provider and client output", () => {
    const pg = read(PG_SCHEMA);
    expect(pg).toMatch(/provider = "postgresql"/);
    expect(pg).toMatch(/output\s+= "..\/..\/generated\/prisma-pg"/);
    expect(pg).not.toMatch(/provider = "sqlite"/);
  });

  it("notices a model change the generated file lacks", () => {
    const changed = read(SQLITE_SCHEMA).replace(/^model Setting \{/m, "model Setting {\n  extra String?");
    expect(modelBlocks(changed)).not.toBe(modelBlocks(read(PG_SCHEMA)));
  });
});

describe("the PostgreSQL migrations", () => {
  it("are committed, in order, with Prisma's sha256 checksums", () => {
    const migrations = readPgMigrations(path.join(root, "prisma", "postgres", "migrations"));
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(read("prisma/postgres/migrations/migration_lock.toml")).toMatch(/provider = "postgresql"/);
  });
});

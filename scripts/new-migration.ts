// Writes a new migration from the difference between the committed schema and the working one.
// `prisma migrate dev` needs a shadow database the wasm engine cannot provide, so we diff instead:
//   npm run db:new-migration -- add_api_tokens
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(1);
}

const migrationsDir = path.join("prisma", "migrations");
const hasMigrations = fs.existsSync(migrationsDir) && fs.readdirSync(migrationsDir).some((d) => /^\d/.test(d));
const args = ["migrate", "diff", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
if (hasMigrations) {
  // The schema as of the last commit is what the existing migrations produce.
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  args.push("--from-schema-datamodel", previous);
} else {
  args.push("--from-empty");
}

const sql = execFileSync(path.join("node_modules", ".bin", "prisma"), args, { encoding: "utf8" });
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.error("No schema changes since HEAD: nothing to write.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
if (!fs.existsSync(path.join(migrationsDir, "migration_lock.toml"))) {
  fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
console.log(`Wrote ${dir}/migration.sql`);

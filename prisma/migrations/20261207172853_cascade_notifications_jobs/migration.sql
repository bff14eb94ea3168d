-- CreateTable
CREATE TABLE "notifications" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" DATETIME,
    "email_state" TEXT NOT NULL DEFAULT 'PENDING',
    "emailed_at" DATETIME,
    CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "scheduled_jobs" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "next_run_at" DATETIME NOT NULL,
    "locked_by" TEXT,
    "locked_until" DATETIME,
    "last_run_at" DATETIME,
    "last_error" TEXT,
    "run_count" INTEGER NOT NULL DEFAULT 0
);

-- AlterTable (additive: new nullable or defaulted columns only)
ALTER TABLE "targets" ADD COLUMN "parent_target_id" INTEGER REFERENCES "targets" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "targets" ADD COLUMN "cascaded_value" REAL;
CREATE INDEX "targets_parent_target_id_idx" ON "targets"("parent_target_id");
ALTER TABLE "users" ADD COLUMN "email" TEXT;
ALTER TABLE "users" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'zh-CN';
ALTER TABLE "users" ADD COLUMN "email_enabled" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "users" ADD COLUMN "email_digest" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_email_state_idx" ON "notifications"("email_state");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_key" ON "notifications"("user_id", "dedupe_key");


-- AlterTable
ALTER TABLE "targets" ADD COLUMN     "cascaded_value" DOUBLE PRECISION,
ADD COLUMN     "parent_target_id" INTEGER;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email" TEXT,
ADD COLUMN     "email_digest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "email_enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "high_contrast" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "large_text" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "last_sign_in_at" TIMESTAMP(3),
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN',
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "password_changed_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "digest" TEXT,
ADD COLUMN     "prev_digest" TEXT;

-- AlterTable
ALTER TABLE "warning_cards" ADD COLUMN     "as_of_period" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "condition_key" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "notifications" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),
    "email_state" TEXT NOT NULL DEFAULT 'PENDING',
    "emailed_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scheduled_jobs" (
    "name" TEXT NOT NULL,
    "next_run_at" TIMESTAMP(3) NOT NULL,
    "locked_by" TEXT,
    "locked_until" TIMESTAMP(3),
    "last_run_at" TIMESTAMP(3),
    "last_error" TEXT,
    "run_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "scheduled_jobs_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "past_evaluations" (
    "target_id" INTEGER NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "as_of_year" INTEGER NOT NULL,
    "as_of_quarter" INTEGER NOT NULL,
    "status" "TargetStatus" NOT NULL,
    "latest_year" INTEGER,
    "latest_quarter" INTEGER,
    "latest_value" DOUBLE PRECISION,
    "progress" DOUBLE PRECISION,
    "expected" DOUBLE PRECISION,
    "forecast" DOUBLE PRECISION,
    "anticipated" DOUBLE PRECISION,
    "small_sample" BOOLEAN NOT NULL DEFAULT false,
    "coverage_reporting" INTEGER,
    "coverage_expected" INTEGER,
    "recent_values" TEXT NOT NULL DEFAULT '[]',
    "basis" TIMESTAMP(3) NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "past_evaluations_pkey" PRIMARY KEY ("target_id","provisional","as_of_year","as_of_quarter")
);

-- CreateTable
CREATE TABLE "password_history" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "notifications_email_state_idx" ON "notifications"("email_state");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_key" ON "notifications"("user_id", "dedupe_key");

-- CreateIndex
CREATE INDEX "password_history_user_id_idx" ON "password_history"("user_id");

-- CreateIndex
CREATE INDEX "targets_parent_target_id_idx" ON "targets"("parent_target_id");

-- CreateIndex
CREATE INDEX "warning_cards_region_id_condition_key_idx" ON "warning_cards"("region_id", "condition_key");

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_parent_target_id_fkey" FOREIGN KEY ("parent_target_id") REFERENCES "targets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "past_evaluations" ADD CONSTRAINT "past_evaluations_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


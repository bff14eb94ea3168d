-- Baseline: the schema as of the SQLite migrations up to 20261207152048_assessment.

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('NATION', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICE', 'LEADERSHIP', 'DEPARTMENT', 'VIEWER');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('RATE', 'STOCK', 'FLOW');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('GTE', 'LTE', 'EQ', 'GT', 'LT');

-- CreateEnum
CREATE TYPE "Measure" AS ENUM ('LEVEL', 'CUMULATIVE', 'ANNUAL');

-- CreateEnum
CREATE TYPE "TargetStatus" AS ENUM ('ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MISSED', 'NO_DATA');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'UPHELD', 'REJECTED');

-- CreateEnum
CREATE TYPE "CardColor" AS ENUM ('YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "CardSource" AS ENUM ('RULE', 'MANUAL');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('OPEN', 'LIFT_PROPOSED', 'LIFTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "regions" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "level" "RegionLevel" NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "name_en" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "doc_number" TEXT,
    "issuer" TEXT,
    "issuing_region_id" INTEGER NOT NULL,
    "issue_date" TIMESTAMP(3),
    "period_start" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "source_text" TEXT NOT NULL DEFAULT '',
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_stages" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" TIMESTAMP(3) NOT NULL,
    "end_date" TIMESTAMP(3) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "plan_stages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "areas" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "unit" TEXT NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "direction" "Direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "definition" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "area_id" INTEGER,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "target_value" DOUBLE PRECISION NOT NULL,
    "baseline_value" DOUBLE PRECISION,
    "baseline_period" TEXT,
    "deadline_year" INTEGER NOT NULL,
    "deadline_quarter" INTEGER,
    "measure" "Measure" NOT NULL DEFAULT 'LEVEL',
    "is_maintain" BOOLEAN NOT NULL DEFAULT false,
    "lead_department_id" INTEGER,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "source_sentence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_supports" (
    "target_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,

    CONSTRAINT "target_supports_pkey" PRIMARY KEY ("target_id","department_id")
);

-- CreateTable
CREATE TABLE "responsibilities" (
    "id" SERIAL NOT NULL,
    "department_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,

    CONSTRAINT "responsibilities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "due_date" TIMESTAMP(3) NOT NULL,
    "is_open" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reporting_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figures" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "FigureStatus" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT NOT NULL DEFAULT '',
    "department_id" INTEGER,
    "entered_by_id" INTEGER,
    "entered_at" TIMESTAMP(3),
    "submitted_by_id" INTEGER,
    "submitted_at" TIMESTAMP(3),
    "approved_by_id" INTEGER,
    "approved_at" TIMESTAMP(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "scope_region_id" INTEGER NOT NULL,
    "department_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sessions_valid_from" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMP(3) NOT NULL,
    "locked_until" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "target_evaluations" (
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
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "target_evaluations_pkey" PRIMARY KEY ("target_id","provisional")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "scope_region_id" INTEGER NOT NULL,
    "department_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "region_path" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "assessment_schemes" (
    "id" SERIAL NOT NULL,
    "region_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "period_start" TIMESTAMP(3) NOT NULL,
    "period_end" TIMESTAMP(3) NOT NULL,
    "self_deadline" TIMESTAMP(3),
    "appeal_days" INTEGER NOT NULL DEFAULT 5,
    "copied_from_id" INTEGER,
    "locked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_schemes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_scheme_versions" (
    "id" SERIAL NOT NULL,
    "scheme_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_scheme_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_results" (
    "id" SERIAL NOT NULL,
    "scheme_id" INTEGER NOT NULL,
    "scheme_version_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "explanation" TEXT NOT NULL DEFAULT '',
    "return_comment" TEXT NOT NULL DEFAULT '',
    "counters" TEXT NOT NULL DEFAULT '{}',
    "vetoes" TEXT NOT NULL DEFAULT '[]',
    "submitted_by_id" INTEGER,
    "submitted_at" TIMESTAMP(3),
    "verified_by_id" INTEGER,
    "verified_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_item_scores" (
    "id" SERIAL NOT NULL,
    "result_id" INTEGER NOT NULL,
    "item_code" TEXT NOT NULL,
    "computed" DOUBLE PRECISION,
    "explanation" TEXT NOT NULL DEFAULT '{}',
    "self_points" DOUBLE PRECISION,
    "self_reason" TEXT,
    "verified_points" DOUBLE PRECISION,
    "verified_reason" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_item_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_checks" (
    "id" SERIAL NOT NULL,
    "result_id" INTEGER NOT NULL,
    "item_code" TEXT,
    "checked_on" TIMESTAMP(3) NOT NULL,
    "findings" TEXT NOT NULL,
    "checked_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_publications" (
    "id" SERIAL NOT NULL,
    "scheme_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "scheme_version_id" INTEGER NOT NULL,
    "results" TEXT NOT NULL,
    "correction" TEXT NOT NULL DEFAULT '',
    "published_by_id" INTEGER,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appeal_deadline" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_publications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_appeals" (
    "id" SERIAL NOT NULL,
    "result_id" INTEGER NOT NULL,
    "publication_id" INTEGER NOT NULL,
    "item_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_points" DOUBLE PRECISION,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "filed_by_id" INTEGER,
    "filed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT NOT NULL DEFAULT '',
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "corrected_in_id" INTEGER,

    CONSTRAINT "assessment_appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "warning_cards" (
    "id" SERIAL NOT NULL,
    "region_id" INTEGER NOT NULL,
    "color" "CardColor" NOT NULL,
    "source" "CardSource" NOT NULL,
    "reason_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "indicator_codes" TEXT NOT NULL DEFAULT '[]',
    "status" "CardStatus" NOT NULL DEFAULT 'OPEN',
    "issued_by_id" INTEGER,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lift_proposed_at" TIMESTAMP(3),
    "closed_by_id" INTEGER,
    "closed_at" TIMESTAMP(3),
    "close_reason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "warning_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rectification_tasks" (
    "id" SERIAL NOT NULL,
    "card_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "actions" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "done_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "rectification_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rectification_notes" (
    "id" SERIAL NOT NULL,
    "task_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "author_id" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rectification_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" SERIAL NOT NULL,
    "result_id" INTEGER,
    "item_code" TEXT,
    "appeal_id" INTEGER,
    "rectification_note_id" INTEGER,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "storage_key" TEXT,
    "uploaded_by_id" INTEGER,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "regions_code_key" ON "regions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regions_path_key" ON "regions"("path");

-- CreateIndex
CREATE INDEX "regions_parent_id_idx" ON "regions"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE INDEX "plans_issuing_region_id_idx" ON "plans"("issuing_region_id");

-- CreateIndex
CREATE INDEX "plan_stages_plan_id_idx" ON "plan_stages"("plan_id");

-- CreateIndex
CREATE UNIQUE INDEX "areas_plan_id_name_key" ON "areas"("plan_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators"("code");

-- CreateIndex
CREATE INDEX "targets_region_id_idx" ON "targets"("region_id");

-- CreateIndex
CREATE INDEX "targets_indicator_id_idx" ON "targets"("indicator_id");

-- CreateIndex
CREATE INDEX "targets_lead_department_id_idx" ON "targets"("lead_department_id");

-- CreateIndex
CREATE UNIQUE INDEX "targets_plan_id_indicator_id_region_id_key" ON "targets"("plan_id", "indicator_id", "region_id");

-- CreateIndex
CREATE INDEX "responsibilities_indicator_id_region_id_idx" ON "responsibilities"("indicator_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "responsibilities_department_id_indicator_id_region_id_key" ON "responsibilities"("department_id", "indicator_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_year_quarter_key" ON "reporting_periods"("year", "quarter");

-- CreateIndex
CREATE INDEX "figures_region_id_year_quarter_idx" ON "figures"("region_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "figures_year_quarter_status_indicator_id_region_id_idx" ON "figures"("year", "quarter", "status", "indicator_id", "region_id");

-- CreateIndex
CREATE INDEX "figures_department_id_year_quarter_idx" ON "figures"("department_id", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "figures_indicator_id_region_id_year_quarter_key" ON "figures"("indicator_id", "region_id", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "users_scope_region_id_idx" ON "users"("scope_region_id");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE INDEX "target_evaluations_provisional_status_idx" ON "target_evaluations"("provisional", "status");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_user_id_idx" ON "audit_events"("user_id");

-- CreateIndex
CREATE INDEX "audit_events_region_path_idx" ON "audit_events"("region_path");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_schemes_region_id_year_key" ON "assessment_schemes"("region_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_scheme_versions_scheme_id_version_key" ON "assessment_scheme_versions"("scheme_id", "version");

-- CreateIndex
CREATE INDEX "assessment_results_region_id_idx" ON "assessment_results"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_results_scheme_id_region_id_key" ON "assessment_results"("scheme_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_item_scores_result_id_item_code_key" ON "assessment_item_scores"("result_id", "item_code");

-- CreateIndex
CREATE INDEX "assessment_checks_result_id_idx" ON "assessment_checks"("result_id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_publications_scheme_id_version_key" ON "assessment_publications"("scheme_id", "version");

-- CreateIndex
CREATE INDEX "assessment_appeals_result_id_idx" ON "assessment_appeals"("result_id");

-- CreateIndex
CREATE INDEX "assessment_appeals_publication_id_status_idx" ON "assessment_appeals"("publication_id", "status");

-- CreateIndex
CREATE INDEX "warning_cards_region_id_status_idx" ON "warning_cards"("region_id", "status");

-- CreateIndex
CREATE INDEX "warning_cards_status_idx" ON "warning_cards"("status");

-- CreateIndex
CREATE INDEX "rectification_tasks_card_id_idx" ON "rectification_tasks"("card_id");

-- CreateIndex
CREATE INDEX "rectification_tasks_department_id_status_deadline_idx" ON "rectification_tasks"("department_id", "status", "deadline");

-- CreateIndex
CREATE INDEX "rectification_tasks_status_deadline_idx" ON "rectification_tasks"("status", "deadline");

-- CreateIndex
CREATE INDEX "rectification_notes_task_id_idx" ON "rectification_notes"("task_id");

-- CreateIndex
CREATE INDEX "evidence_files_result_id_item_code_idx" ON "evidence_files"("result_id", "item_code");

-- CreateIndex
CREATE INDEX "evidence_files_appeal_id_idx" ON "evidence_files"("appeal_id");

-- CreateIndex
CREATE INDEX "evidence_files_rectification_note_id_idx" ON "evidence_files"("rectification_note_id");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plans" ADD CONSTRAINT "plans_issuing_region_id_fkey" FOREIGN KEY ("issuing_region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_stages" ADD CONSTRAINT "plan_stages_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "areas" ADD CONSTRAINT "areas_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_lead_department_id_fkey" FOREIGN KEY ("lead_department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_supports" ADD CONSTRAINT "target_supports_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_supports" ADD CONSTRAINT "target_supports_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_scope_region_id_fkey" FOREIGN KEY ("scope_region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_evaluations" ADD CONSTRAINT "target_evaluations_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_scope_region_id_fkey" FOREIGN KEY ("scope_region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "assessment_schemes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_scheme_versions" ADD CONSTRAINT "assessment_scheme_versions_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_scheme_versions" ADD CONSTRAINT "assessment_scheme_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_scheme_version_id_fkey" FOREIGN KEY ("scheme_version_id") REFERENCES "assessment_scheme_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_item_scores" ADD CONSTRAINT "assessment_item_scores_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_checks" ADD CONSTRAINT "assessment_checks_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_checks" ADD CONSTRAINT "assessment_checks_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_publications" ADD CONSTRAINT "assessment_publications_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_publications" ADD CONSTRAINT "assessment_publications_scheme_version_id_fkey" FOREIGN KEY ("scheme_version_id") REFERENCES "assessment_scheme_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_publications" ADD CONSTRAINT "assessment_publications_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_publication_id_fkey" FOREIGN KEY ("publication_id") REFERENCES "assessment_publications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_appeals" ADD CONSTRAINT "assessment_appeals_corrected_in_id_fkey" FOREIGN KEY ("corrected_in_id") REFERENCES "assessment_publications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warning_cards" ADD CONSTRAINT "warning_cards_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warning_cards" ADD CONSTRAINT "warning_cards_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "warning_cards" ADD CONSTRAINT "warning_cards_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "warning_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_tasks" ADD CONSTRAINT "rectification_tasks_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_notes" ADD CONSTRAINT "rectification_notes_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "rectification_tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_notes" ADD CONSTRAINT "rectification_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_appeal_id_fkey" FOREIGN KEY ("appeal_id") REFERENCES "assessment_appeals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_rectification_note_id_fkey" FOREIGN KEY ("rectification_note_id") REFERENCES "rectification_notes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The audit trail is append-only: the database itself refuses edits and deletions.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END;
$$;

CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

CREATE TRIGGER "audit_events_no_delete" BEFORE DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

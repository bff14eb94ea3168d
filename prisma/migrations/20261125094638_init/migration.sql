-- CreateTable
CREATE TABLE "regions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "level" TEXT NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "regions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "departments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "name_en" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "plans" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "doc_number" TEXT,
    "issuer" TEXT,
    "issuing_region_id" INTEGER NOT NULL,
    "issue_date" DATETIME,
    "period_start" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "source_text" TEXT NOT NULL DEFAULT '',
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "archived_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "plans_issuing_region_id_fkey" FOREIGN KEY ("issuing_region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "plan_stages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" DATETIME NOT NULL,
    "end_date" DATETIME NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "plan_stages_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "areas" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "areas_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "unit" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "definition" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "targets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "area_id" INTEGER,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "comparator" TEXT NOT NULL,
    "target_value" REAL NOT NULL,
    "baseline_value" REAL,
    "baseline_period" TEXT,
    "deadline_year" INTEGER NOT NULL,
    "deadline_quarter" INTEGER,
    "measure" TEXT NOT NULL DEFAULT 'LEVEL',
    "is_maintain" BOOLEAN NOT NULL DEFAULT false,
    "lead_department_id" INTEGER,
    "weight" REAL NOT NULL DEFAULT 1,
    "source_sentence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "targets_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "targets_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "targets_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "targets_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "targets_lead_department_id_fkey" FOREIGN KEY ("lead_department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "target_supports" (
    "target_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,

    PRIMARY KEY ("target_id", "department_id"),
    CONSTRAINT "target_supports_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "target_supports_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "responsibilities" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "department_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    CONSTRAINT "responsibilities_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "responsibilities_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "responsibilities_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "due_date" DATETIME NOT NULL,
    "is_open" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "figures" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "value" REAL,
    "numerator" REAL,
    "denominator" REAL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT NOT NULL DEFAULT '',
    "department_id" INTEGER,
    "entered_by_id" INTEGER,
    "entered_at" DATETIME,
    "submitted_by_id" INTEGER,
    "submitted_at" DATETIME,
    "approved_by_id" INTEGER,
    "approved_at" DATETIME,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "figures_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "figures_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "figures_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "figures_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "figures_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "figures_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope_region_id" INTEGER NOT NULL,
    "department_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "users_scope_region_id_fkey" FOREIGN KEY ("scope_region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "target_evaluations" (
    "target_id" INTEGER NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "as_of_year" INTEGER NOT NULL,
    "as_of_quarter" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "latest_year" INTEGER,
    "latest_quarter" INTEGER,
    "latest_value" REAL,
    "progress" REAL,
    "expected" REAL,
    "forecast" REAL,
    "anticipated" REAL,
    "small_sample" BOOLEAN NOT NULL DEFAULT false,
    "coverage_reporting" INTEGER,
    "coverage_expected" INTEGER,
    "computed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("target_id", "provisional"),
    CONSTRAINT "target_evaluations_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope_region_id" INTEGER NOT NULL,
    "department_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" DATETIME,
    "revoked_at" DATETIME,
    CONSTRAINT "api_tokens_scope_region_id_fkey" FOREIGN KEY ("scope_region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "api_tokens_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "audit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updated_at" DATETIME NOT NULL
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
CREATE INDEX "figures_year_quarter_status_idx" ON "figures"("year", "quarter", "status");

-- CreateIndex
CREATE UNIQUE INDEX "figures_indicator_id_region_id_year_quarter_key" ON "figures"("indicator_id", "region_id", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "users_scope_region_id_idx" ON "users"("scope_region_id");

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


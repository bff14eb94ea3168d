-- CreateTable
CREATE TABLE "assessment_schemes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "region_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "period_start" DATETIME NOT NULL,
    "period_end" DATETIME NOT NULL,
    "self_deadline" DATETIME,
    "appeal_days" INTEGER NOT NULL DEFAULT 5,
    "copied_from_id" INTEGER,
    "locked_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "assessment_schemes_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_schemes_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "assessment_schemes" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_scheme_versions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scheme_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assessment_scheme_versions_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assessment_scheme_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_results" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scheme_id" INTEGER NOT NULL,
    "scheme_version_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "explanation" TEXT NOT NULL DEFAULT '',
    "return_comment" TEXT NOT NULL DEFAULT '',
    "counters" TEXT NOT NULL DEFAULT '{}',
    "vetoes" TEXT NOT NULL DEFAULT '[]',
    "submitted_by_id" INTEGER,
    "submitted_at" DATETIME,
    "verified_by_id" INTEGER,
    "verified_at" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "assessment_results_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_results_scheme_version_id_fkey" FOREIGN KEY ("scheme_version_id") REFERENCES "assessment_scheme_versions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_results_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_results_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "assessment_results_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_item_scores" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "result_id" INTEGER NOT NULL,
    "item_code" TEXT NOT NULL,
    "computed" REAL,
    "explanation" TEXT NOT NULL DEFAULT '{}',
    "self_points" REAL,
    "self_reason" TEXT,
    "verified_points" REAL,
    "verified_reason" TEXT,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "assessment_item_scores_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_checks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "result_id" INTEGER NOT NULL,
    "item_code" TEXT,
    "checked_on" DATETIME NOT NULL,
    "findings" TEXT NOT NULL,
    "checked_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assessment_checks_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "assessment_checks_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_publications" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scheme_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "scheme_version_id" INTEGER NOT NULL,
    "results" TEXT NOT NULL,
    "correction" TEXT NOT NULL DEFAULT '',
    "published_by_id" INTEGER,
    "published_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appeal_deadline" DATETIME NOT NULL,
    CONSTRAINT "assessment_publications_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "assessment_schemes" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_publications_scheme_version_id_fkey" FOREIGN KEY ("scheme_version_id") REFERENCES "assessment_scheme_versions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_publications_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assessment_appeals" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "result_id" INTEGER NOT NULL,
    "publication_id" INTEGER NOT NULL,
    "item_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_points" REAL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "filed_by_id" INTEGER,
    "filed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" TEXT NOT NULL DEFAULT '',
    "decided_by_id" INTEGER,
    "decided_at" DATETIME,
    "corrected_in_id" INTEGER,
    CONSTRAINT "assessment_appeals_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_appeals_publication_id_fkey" FOREIGN KEY ("publication_id") REFERENCES "assessment_publications" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_appeals_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "assessment_appeals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "assessment_appeals_corrected_in_id_fkey" FOREIGN KEY ("corrected_in_id") REFERENCES "assessment_publications" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "warning_cards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "region_id" INTEGER NOT NULL,
    "color" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "reason_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "indicator_codes" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "issued_by_id" INTEGER,
    "issued_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lift_proposed_at" DATETIME,
    "closed_by_id" INTEGER,
    "closed_at" DATETIME,
    "close_reason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "warning_cards_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "warning_cards_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "warning_cards_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "rectification_tasks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "card_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "actions" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "done_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "rectification_tasks_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "warning_cards" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "rectification_tasks_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "rectification_notes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "task_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "author_id" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rectification_notes_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "rectification_tasks" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "rectification_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "result_id" INTEGER,
    "item_code" TEXT,
    "appeal_id" INTEGER,
    "rectification_note_id" INTEGER,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB,
    "storage_key" TEXT,
    "uploaded_by_id" INTEGER,
    "uploaded_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" DATETIME,
    CONSTRAINT "evidence_files_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "assessment_results" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "evidence_files_appeal_id_fkey" FOREIGN KEY ("appeal_id") REFERENCES "assessment_appeals" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "evidence_files_rectification_note_id_fkey" FOREIGN KEY ("rectification_note_id") REFERENCES "rectification_notes" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "evidence_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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


-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_target_evaluations" (
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
    "recent_values" TEXT NOT NULL DEFAULT '[]',
    "computed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("target_id", "provisional"),
    CONSTRAINT "target_evaluations_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_target_evaluations" ("anticipated", "as_of_quarter", "as_of_year", "computed_at", "coverage_expected", "coverage_reporting", "expected", "forecast", "latest_quarter", "latest_value", "latest_year", "progress", "provisional", "small_sample", "status", "target_id") SELECT "anticipated", "as_of_quarter", "as_of_year", "computed_at", "coverage_expected", "coverage_reporting", "expected", "forecast", "latest_quarter", "latest_value", "latest_year", "progress", "provisional", "small_sample", "status", "target_id" FROM "target_evaluations";
DROP TABLE "target_evaluations";
ALTER TABLE "new_target_evaluations" RENAME TO "target_evaluations";
CREATE INDEX "target_evaluations_provisional_status_idx" ON "target_evaluations"("provisional", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


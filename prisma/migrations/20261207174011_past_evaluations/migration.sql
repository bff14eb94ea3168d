-- CreateTable
CREATE TABLE "past_evaluations" (
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
    "basis" DATETIME NOT NULL,
    "computed_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("target_id", "provisional", "as_of_year", "as_of_quarter"),
    CONSTRAINT "past_evaluations_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "targets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_warning_cards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "region_id" INTEGER NOT NULL,
    "color" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "reason_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "indicator_codes" TEXT NOT NULL DEFAULT '[]',
    "condition_key" TEXT NOT NULL DEFAULT '',
    "as_of_period" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_warning_cards" ("close_reason", "closed_at", "closed_by_id", "color", "id", "indicator_codes", "issued_at", "issued_by_id", "lift_proposed_at", "reason", "reason_code", "region_id", "source", "status", "version") SELECT "close_reason", "closed_at", "closed_by_id", "color", "id", "indicator_codes", "issued_at", "issued_by_id", "lift_proposed_at", "reason", "reason_code", "region_id", "source", "status", "version" FROM "warning_cards";
DROP TABLE "warning_cards";
ALTER TABLE "new_warning_cards" RENAME TO "warning_cards";
CREATE INDEX "warning_cards_region_id_status_idx" ON "warning_cards"("region_id", "status");
CREATE INDEX "warning_cards_region_id_condition_key_idx" ON "warning_cards"("region_id", "condition_key");
CREATE INDEX "warning_cards_status_idx" ON "warning_cards"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


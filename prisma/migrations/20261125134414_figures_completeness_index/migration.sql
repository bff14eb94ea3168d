-- DropIndex
DROP INDEX "figures_year_quarter_status_idx";

-- CreateIndex
CREATE INDEX "figures_year_quarter_status_indicator_id_region_id_idx" ON "figures"("year", "quarter", "status", "indicator_id", "region_id");


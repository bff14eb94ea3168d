-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN "region_path" TEXT;

-- CreateIndex
CREATE INDEX "figures_department_id_year_quarter_idx" ON "figures"("department_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "audit_events_region_path_idx" ON "audit_events"("region_path");


-- The audit trail is append-only: the database itself refuses edits and deletions.
CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE ON "audit_events"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER "audit_events_no_delete" BEFORE DELETE ON "audit_events"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

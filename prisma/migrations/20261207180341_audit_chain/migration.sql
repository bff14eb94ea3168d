-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN "digest" TEXT;
ALTER TABLE "audit_events" ADD COLUMN "prev_digest" TEXT;


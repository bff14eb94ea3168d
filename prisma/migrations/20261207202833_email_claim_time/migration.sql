-- AlterTable
ALTER TABLE "notifications" ADD COLUMN "email_claimed_at" DATETIME;


-- Rows claimed under the old token (no claim time) go back into the queue.
UPDATE "notifications" SET "email_state" = 'PENDING' WHERE "email_state" LIKE 'SENDING:%';

-- Display settings per user (issue 18, 适老化): larger text and a high-contrast theme. Additive.
ALTER TABLE "users" ADD COLUMN "large_text" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "users" ADD COLUMN "high_contrast" BOOLEAN NOT NULL DEFAULT false;

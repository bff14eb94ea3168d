-- Additive: the administrator of a real installation must change the printed password first.
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

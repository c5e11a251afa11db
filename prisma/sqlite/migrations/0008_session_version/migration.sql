-- AlterTable
-- A plain ADD COLUMN rather than Prisma's rebuild of the User table: the rebuild would copy only
-- the columns this migration knows of, so it stays correct whatever other migrations add to User.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/create-client";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/auth/sign-up";
import { hitRateLimit } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { createUser } from "@/lib/server/data/users/create-user";
import { verifyCredentials } from "@/lib/server/data/users/verify-credentials";
import { uniqueSlug } from "../support/test-db";

afterAll(() => db.$disconnect());

describe("accounts", () => {
  it("stores an argon2id hash, never the password, and verifies credentials", async () => {
    const email = `${uniqueSlug("u")}@Example.com`;
    const user = await createUser({ name: "Ada", email, password: "correct horse battery" });
    expect(user.email).toBe(email.toLowerCase());
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("correct horse");
    expect(row.role).toBe("learner");
    expect(await verifyCredentials({ email: email.toUpperCase(), password: "correct horse battery" })).toMatchObject({ id: user.id });
    expect(await verifyCredentials({ email, password: "wrong password!" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.com", password: "whatever12345" })).toBeNull();
    expect(await verifyCredentials({ email: 42, password: null })).toBeNull();
  });

  it("reports each invalid field and writes nothing", async () => {
    const before = await db.user.count();
    await expect(createUser({ name: "", email: "not-an-email", password: "short" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { name: [expect.any(String)], email: ["Enter a valid email address."], password: ["Use at least 10 characters."] },
    });
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a duplicate email, whatever its case, with a clear message", async () => {
    const email = `${uniqueSlug("dup")}@example.com`;
    await createUser({ name: "First", email, password: "a-long-password" });
    await expect(createUser({ name: "Second", email: email.toUpperCase(), password: "a-long-password" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with this email already exists. Sign in instead.",
    });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("rate-limits sign-up per IP and stores no account past the limit", async () => {
    const ip = uniqueSlug("203.0.113");
    for (let i = 0; i < 10; i++) await signUp({ ip, input: { name: "N", email: `${uniqueSlug("rl")}@example.com`, password: "a-long-password" } });
    const email = `${uniqueSlug("rl-over")}@example.com`;
    await expect(signUp({ ip, input: { name: "N", email, password: "a-long-password" } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("keeps rate-limit counters in the database, shared by separate app servers", async () => {
    // A second client on the same database stands in for a second app server process.
    const second = createClient(process.env.DATABASE_URL!);
    const rule = { name: uniqueSlug("shared"), limit: 4, windowSeconds: 60 };
    const now = new Date();
    const results: boolean[] = [];
    for (let i = 0; i < 3; i++) results.push((await hitRateLimit({ rule, subject: "1.2.3.4", now })).allowed);
    const row = await second.rateLimitHit.findFirstOrThrow({ where: { key: { startsWith: `${rule.name}:1.2.3.4:` } }, select: { count: true } });
    expect(row.count).toBe(3);
    await second.rateLimitHit.updateMany({ where: { key: { startsWith: `${rule.name}:` } }, data: { count: { increment: 1 } } });
    results.push((await hitRateLimit({ rule, subject: "1.2.3.4", now })).allowed);
    expect(results).toEqual([true, true, true, false]);
    await second.$disconnect();
  });
});

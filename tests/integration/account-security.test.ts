import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/auth/sign-up";
import { changePassword } from "@/lib/server/data/users/change-password";
import { createUser } from "@/lib/server/data/users/create-user";
import { endAllSessions } from "@/lib/server/data/users/end-all-sessions";
import { readSessionUser } from "@/lib/server/data/users/read-session-user";
import { verifyCredentials } from "@/lib/server/data/users/verify-credentials";
import { uniqueSlug } from "../support/test-db";

afterAll(() => db.$disconnect());

describe("sign-up input types", () => {
  it("refuses a non-string password or name instead of storing its String() form", async () => {
    for (const input of [
      { name: "N", password: { a: 1 } },
      { name: "N", password: ["a-long-password"] },
      { name: 42, password: "a-long-password" },
      { name: "N", password: null },
    ]) {
      const email = `${uniqueSlug("types")}@example.com`;
      await expect(signUp({ ip: uniqueSlug("198.51.100"), input: { ...input, email } as never })).rejects.toMatchObject({ code: "VALIDATION" });
      expect(await db.user.count({ where: { email } }), JSON.stringify(input)).toBe(0);
    }
  });
});

describe("session versions", () => {
  async function newUser() {
    const email = `${uniqueSlug("sess")}@example.com`;
    const user = await createUser({ name: "S", email, password: "first-password-1" });
    return { ...user, actor: { id: user.id, role: user.role } };
  }

  it("accepts a token of the current version and refuses it after sign-out-everywhere", async () => {
    const user = await newUser();
    const signedIn = await verifyCredentials({ email: user.email, password: "first-password-1" });
    expect(signedIn?.sessionVersion).toBe(0);
    expect(await readSessionUser({ userId: user.id, sessionVersion: 0 })).toEqual(user.actor);
    await endAllSessions({ actor: user.actor });
    expect(await readSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await readSessionUser({ userId: user.id, sessionVersion: 1 })).toEqual(user.actor);
    expect(await readSessionUser({ userId: "no-such-user", sessionVersion: 0 })).toBeNull();
  });

  it("ends every session on a password change, and only with the right current password", async () => {
    const user = await newUser();
    await expect(changePassword({ actor: user.actor, currentPassword: "wrong-password-1", newPassword: "second-password-2" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { currentPassword: ["That is not your current password."] },
    });
    await expect(changePassword({ actor: user.actor, currentPassword: "first-password-1", newPassword: "short" })).rejects.toMatchObject({
      fields: { newPassword: ["Use at least 10 characters."] },
    });
    expect(await readSessionUser({ userId: user.id, sessionVersion: 0 })).not.toBeNull();

    await changePassword({ actor: user.actor, currentPassword: "first-password-1", newPassword: "second-password-2" });
    expect(await readSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "first-password-1" })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "second-password-2" })).toMatchObject({ id: user.id, sessionVersion: 1 });
  });
});

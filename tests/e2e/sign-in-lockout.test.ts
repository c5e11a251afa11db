// Brute-force protection without a lockout a stranger can impose: ten wrong passwords from
// elsewhere block unknown devices for the account, but the owner's browser, which signed in to
// it before, still gets in with the right password; a known device has its own count.
import { describe, expect, it } from "vitest";
import { newLearner, signInOverHttp } from "../support/http";

describe("sign-in lockout", () => {
  it("lets the owner's known device in after a stranger's ten wrong guesses", async () => {
    const owner = await newLearner("lockout-owner", "127.0.0.51");
    const device = owner.cookies.filter((c) => c.startsWith("interleave-device="));
    expect(device).toHaveLength(1);

    // The stranger guesses from other addresses, so the per-IP limit is not what stops them.
    for (let i = 0; i < 10; i++) {
      const guess = await signInOverHttp({ email: owner.email, password: `guess-number-${i}`, from: `127.0.0.${60 + i}` });
      expect(guess.error).toBe("CredentialsSignin");
    }
    expect((await signInOverHttp({ email: owner.email, password: "guess-number-10", from: "127.0.0.70" })).error).toBe("RateLimited");
    // Even the right password from a device the account has never seen waits out the window.
    expect((await signInOverHttp({ email: owner.email, password: owner.password, from: "127.0.0.71" })).error).toBe("RateLimited");

    // The owner's browser carries its known-device cookie and gets in.
    const back = await signInOverHttp({ email: owner.email, password: owner.password, from: "127.0.0.52", cookies: device });
    expect(back).toMatchObject({ ok: true, error: null });
    expect(back.cookies.some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
  });

  it("counts a known device's own wrong passwords, and a forged device cookie counts as unknown", async () => {
    const owner = await newLearner("lockout-device", "127.0.0.53");
    const device = owner.cookies.filter((c) => c.startsWith("interleave-device="));
    const forged = [`${device[0]!.split(".")[0]}.${"A".repeat(43)}`];
    for (let i = 0; i < 10; i++)
      expect((await signInOverHttp({ email: owner.email, password: `wrong-${i}`, from: "127.0.0.54", cookies: device })).error).toBe("CredentialsSignin");
    expect((await signInOverHttp({ email: owner.email, password: owner.password, from: "127.0.0.54", cookies: device })).error).toBe("RateLimited");
    // Unknown devices have their own, untouched count: the right password works there.
    expect((await signInOverHttp({ email: owner.email, password: owner.password, from: "127.0.0.55", cookies: forged })).ok).toBe(true);
  });
});

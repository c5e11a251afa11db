// Per-IP limits count the socket's address. X-Forwarded-For is read only when the socket is a
// trusted proxy (the suite's server trusts E2E_TRUSTED_PROXY), and then from the right, so a
// value the client puts in front cannot give it a fresh bucket. The sign-in limit is 30 attempts
// per address in 15 minutes; each test speaks from its own loopback address.
import { describe, expect, it } from "vitest";
import { signInOverHttp } from "../support/http";

const proxy = () => process.env.E2E_TRUSTED_PROXY ?? "127.0.0.30";

async function attempts(count: number, from: string, forwardedFor: (i: number) => string | null): Promise<(string | null)[]> {
  const errors: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const xff = forwardedFor(i);
    // A fresh unknown email each time, so only the per-address limit can trip.
    const result = await signInOverHttp({ email: `nobody-${Date.now()}-${i}@example.com`, password: "wrong-password", from, headers: xff ? { "x-forwarded-for": xff } : {} });
    errors.push(result.error);
  }
  return errors;
}

describe("the client address", () => {
  it("is the socket's when no trusted proxy is involved: a new X-Forwarded-For per request escapes nothing", async () => {
    const errors = await attempts(31, "127.0.0.31", (i) => `203.0.113.${i + 1}`);
    expect(errors.slice(0, 30).every((e) => e === "CredentialsSignin")).toBe(true);
    expect(errors[30]).toBe("RateLimited");
    // Another address still has its own budget.
    expect((await attempts(1, "127.0.0.32", () => null))[0]).toBe("CredentialsSignin");
  });

  it("behind a trusted proxy is the rightmost untrusted hop, whatever the client wrote before it", async () => {
    const errors = await attempts(31, proxy(), (i) => `10.9.8.${i + 1}, 198.51.100.9`);
    expect(errors.slice(0, 30).every((e) => e === "CredentialsSignin")).toBe(true);
    expect(errors[30]).toBe("RateLimited");
    // The proxy saw a different client: a different bucket.
    expect((await attempts(1, proxy(), () => "198.51.100.9, 198.51.100.10"))[0]).toBe("CredentialsSignin");
  });
});

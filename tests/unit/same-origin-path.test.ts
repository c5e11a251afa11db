import { describe, expect, it } from "vitest";
import { toSameOriginPath } from "@/components/auth/same-origin-path";

const origin = "http://127.0.0.1:3000";

describe("the callback after sign-in", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(toSameOriginPath("/python/60", origin)).toBe("/python/60");
    expect(toSameOriginPath("/quiz/new?bank=python#top", origin)).toBe("/quiz/new?bank=python#top");
    expect(toSameOriginPath(`${origin}/account`, origin)).toBe("/account");
    expect(toSameOriginPath(null, origin)).toBe("/");
  });

  it("sends anything that resolves to another origin home", () => {
    for (const value of [
      "/\\localhost:3701/x",
      "/\t/localhost:3701/x",
      "/\n/localhost:3701/x",
      "//evil.example/x",
      "\\\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "http://127.0.0.1:3001/",
    ]) {
      expect(toSameOriginPath(value, origin), JSON.stringify(value)).toBe("/");
    }
  });

  it("never returns a path a browser would read as another host", () => {
    expect(toSameOriginPath("/.//evil.example/x", origin)).toBe("/evil.example/x");
  });
});

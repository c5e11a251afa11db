import type { DefaultSession } from "next-auth";

type TRole = "learner" | "author" | "admin";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: TRole };
  }
  interface User {
    role: TRole;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
    /** the user's session version when the token was issued (lib/server/auth/get-actor.ts) */
    sv?: number;
  }
}

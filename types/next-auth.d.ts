import type { DefaultSession } from "next-auth";

type TRole = "learner" | "author" | "admin";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: TRole };
  }
  interface User {
    role: TRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
  }
}

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { hitRateLimit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { verifyCredentials } from "@/lib/server/data/users/verify-credentials";
import { ZEmail } from "./schemas";
import { readClientIp } from "./client-ip";

// `npm start` always provides a secret; `npm run dev` and tests may run without one.
export const authSecret = process.env.NEXTAUTH_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : "interleave-development-only-secret");

export const authOptions: NextAuthOptions = {
  secret: authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = readClientIp(req?.headers as Record<string, string> | undefined);
        const byIp = await hitRateLimit({ rule: SIGN_IN_PER_IP, subject: ip });
        const email = ZEmail.safeParse(credentials?.email);
        const byAccount = email.success ? await hitRateLimit({ rule: SIGN_IN_PER_ACCOUNT, subject: email.data }) : { allowed: true };
        if (!byIp.allowed || !byAccount.allowed) throw new AppError("RATE_LIMITED", "RateLimited");
        const user = await verifyCredentials({ email: credentials?.email, password: credentials?.password });
        return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role ?? "learner";
      }
      return session;
    },
  },
};

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/server/env";
import { readSessionUser } from "@/lib/server/data/users/read-session-user";
import { authorizeSignIn } from "./authorize-sign-in";

export { authSecret };

/** Thrown by the jwt callback for a token from before "sign out everywhere" or a password change;
 * next-auth then clears the cookie and reports no session. */
class SessionEndedError extends Error {
  constructor() {
    super("This session was signed out.");
    this.name = "SessionEndedError";
  }
}

export const authOptions: NextAuthOptions = {
  secret: authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const user = await authorizeSignIn({ credentials, headers: req?.headers as Record<string, string> | undefined });
        return user ? { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      // Every session read (useSession, page loads) re-checks the version, so a signed-out token
      // stops showing as signed in too, not only stops working.
      if (!token.sub || !(await readSessionUser({ userId: token.sub, sessionVersion: token.sv ?? 0 }))) throw new SessionEndedError();
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
  logger: {
    error(code, metadata) {
      // An ended session is the expected outcome of signing out everywhere, not a fault.
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string } | undefined)?.name === "SessionEndedError") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

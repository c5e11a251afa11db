"use client";

import Link from "next/link";
import { signOut, useSession } from "next-auth/react";

export function UserMenu() {
  const { data, status } = useSession();
  if (status === "loading") return <span className="w-24" aria-hidden />;
  if (!data?.user) {
    return (
      <>
        <Link href="/sign-in" className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
          Sign in
        </Link>
        <Link href="/sign-up" className="rounded-md bg-slate-900 px-3 py-1 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
          Sign up
        </Link>
      </>
    );
  }
  return (
    <>
      {data.user.role !== "learner" ? (
        <Link href="/author" className="rounded-md px-2 py-1 font-medium hover:bg-slate-100 dark:hover:bg-slate-800" data-testid="author-link">
          Author
        </Link>
      ) : null}
      <span className="max-w-28 truncate text-slate-600 sm:max-w-none dark:text-slate-300" data-testid="signed-in-as">
        {data.user.name ?? data.user.email}
        {data.user.role !== "learner" ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800 dark:bg-amber-900 dark:text-amber-100">{data.user.role}</span> : null}
      </span>
      <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
        Sign out
      </button>
    </>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useEffect, useRef } from "react";
import { ReviewBadge } from "@/components/review/review-badge";

const link = "rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800";
const item = "block rounded-md px-3 py-1.5 text-left hover:bg-slate-100 dark:hover:bg-slate-800";

export function UserMenu() {
  const { data, status } = useSession();
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);

  // The account menu closes when the page changes or the reader clicks elsewhere.
  useEffect(() => {
    menu.current?.removeAttribute("open");
  }, [pathname]);
  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.removeAttribute("open");
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);

  if (status === "loading") return <span className="w-24" aria-hidden />;
  if (!data?.user) {
    return (
      <>
        <Link href="/sign-in" className={link}>
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
      <ReviewBadge />
      {data.user.role !== "learner" ? (
        <Link href="/author" className={`${link} hidden font-medium sm:inline`} data-testid="author-link">
          Author
        </Link>
      ) : null}
      <Link href="/progress" className={`${link} hidden sm:inline`}>
        Progress
      </Link>
      <details ref={menu} className="relative">
        <summary
          className={`${link} flex max-w-[9rem] cursor-pointer list-none items-center gap-1 text-slate-600 dark:text-slate-300`}
          data-testid="signed-in-as"
          aria-label={`Account menu: ${data.user.name ?? data.user.email}${data.user.role !== "learner" ? ` ${data.user.role}` : ""}`}
        >
          <span className="hidden truncate sm:inline">{data.user.name ?? data.user.email}</span>
          {/* a space, so the visible text reads "name role" as the accessible name does */}{" "}
          {data.user.role !== "learner" ? (
            <span className="hidden rounded bg-amber-100 px-1 text-xs text-amber-800 sm:inline dark:bg-amber-900 dark:text-amber-100">{data.user.role}</span>
          ) : null}
          <span aria-hidden className="text-base sm:hidden">
            ☰
          </span>
          <span aria-hidden className="hidden text-xs sm:inline">
            ▾
          </span>
        </summary>
        <div className="absolute right-0 z-20 mt-1 w-48 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="truncate px-3 py-1.5 text-xs text-slate-500 sm:hidden dark:text-slate-400">{data.user.name ?? data.user.email}</p>
          <Link href="/progress" className={`${item} sm:hidden`}>
            Progress
          </Link>
          {data.user.role !== "learner" ? (
            <Link href="/author" className={`${item} sm:hidden`}>
              Author
            </Link>
          ) : null}
          <Link href="/settings" className={item}>
            Settings
          </Link>
          <Link href="/account" className={item}>
            Account
          </Link>
          <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className={`${item} w-full`}>
            Sign out
          </button>
        </div>
      </details>
    </>
  );
}

import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-950/80">
      <div className="site-header-inner mx-auto flex h-14 max-w-4xl items-center gap-4 px-4">
        <Link href="/" className="font-semibold tracking-tight whitespace-nowrap">
          <span aria-hidden>⇄</span> Interleave
        </Link>
        <nav className="ml-auto flex items-center gap-3 text-sm">
          <ThemeToggle />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">The bank or question number may be wrong, or the question was removed.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-slate-900 px-4 py-2 text-white dark:bg-slate-100 dark:text-slate-900">
        Back to the question banks
      </Link>
    </div>
  );
}

import Link from "next/link";

type TProps = { message: string | null; pending: boolean; label: string; pendingLabel: string; prompt: string; linkHref: string; linkText: string };

// The shared end of the sign-in and sign-up forms: the form-level error, the submit button and
// the link to the other form.
export function FormFooter({ message, pending, label, pendingLabel, prompt, linkHref, linkText }: TProps) {
  return (
    <>
      {message ? (
        <p className="text-sm text-rose-600" role="alert" data-testid="form-error">
          {message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? pendingLabel : label}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {prompt}{" "}
        <Link href={linkHref} className="underline">
          {linkText}
        </Link>
      </p>
    </>
  );
}

import type { InputHTMLAttributes } from "react";

type TProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] };

export function Field({ label, name, errors, ...input }: TProps) {
  const errorId = `${name}-error`;
  return (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm outline-none focus:border-slate-500 focus:ring-2 focus:ring-slate-200 aria-invalid:border-rose-500 dark:border-slate-700 dark:bg-slate-900 dark:focus:ring-slate-700"
        {...input}
      />
      {errors?.length ? (
        <span id={errorId} className="mt-1 block text-sm text-rose-600" data-testid={`${name}-error`}>
          {errors.join(" ")}
        </span>
      ) : null}
    </label>
  );
}

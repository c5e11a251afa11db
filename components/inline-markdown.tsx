import { Fragment, type ReactNode } from "react";

// Quiz prompts and options carry a little inline markdown from the answer tables: `code`,
// **strong** and *emphasis*. Rendering it as elements (never as HTML) keeps it safe.
export function InlineMarkdown({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const token = match[0];
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    if (token.startsWith("`"))
      parts.push(
        <code key={index} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {token.slice(1, -1)}
        </code>,
      );
    else if (token.startsWith("**")) parts.push(<strong key={index}>{token.slice(2, -2)}</strong>);
    else parts.push(<em key={index}>{token.slice(1, -1)}</em>);
    last = index + token.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts.map((part, i) => (typeof part === "string" ? <Fragment key={`t${i}`}>{part}</Fragment> : part))}</>;
}

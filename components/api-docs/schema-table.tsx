import { InlineMarkdown } from "@/components/inline-markdown";
import { schemaRows, type TJsonSchema } from "./schema-rows";

/** A schema's fields as an indented list: name, type, required, limits, description. */
export function SchemaTable({ schema, schemas }: { schema: TJsonSchema; schemas: Record<string, TJsonSchema> }) {
  const rows = schemaRows(schema, schemas);
  if (rows.length === 0) return null;
  return (
    <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700">
      {rows.map((row, i) => (
        <li key={i} className="px-3 py-1.5" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
          <code className="font-mono font-semibold text-slate-900 dark:text-slate-100">{row.name}</code>{" "}
          <span className="font-mono text-xs text-sky-700 dark:text-sky-300">{row.type}</span>
          {row.required ? <span className="ml-2 text-xs text-rose-700 dark:text-rose-300">required</span> : null}
          {row.notes.length ? <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">{row.notes.join(" · ")}</span> : null}
          {row.description ? (
            <p className="text-slate-600 dark:text-slate-400">
              <InlineMarkdown text={row.description} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

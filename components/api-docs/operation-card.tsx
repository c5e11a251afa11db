import { InlineMarkdown } from "@/components/inline-markdown";
import { describeType, type TJsonSchema } from "./schema-rows";
import { SchemaTable } from "./schema-table";

export type TDocOperation = {
  operationId: string;
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: TJsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: TJsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: TJsonSchema }> }>;
};

const METHOD_STYLE: Record<string, string> = {
  GET: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  POST: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  PUT: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  DELETE: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200",
};

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-2 text-slate-700 dark:text-slate-300">
          <InlineMarkdown text={paragraph} />
        </p>
      ))}
    </>
  );
}

const heading = "mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400";

/** One operation of the API: method and path, what it does, its parameters, body and answers. */
export function OperationCard({ method, path, operation, schemas }: { method: string; path: string; operation: TDocOperation; schemas: Record<string, TJsonSchema> }) {
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(operation.responses ?? {});
  // 200 and 201 often share a schema: its fields are listed once, under the first.
  const described = responses.find(([status, response]) => status.startsWith("2") && response.content)?.[0];
  return (
    <section id={operation.operationId} className="scroll-mt-20 rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="api-operation">
      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${METHOD_STYLE[method] ?? ""}`}>{method}</span>
        <code className="font-mono text-sm break-all">{path}</code>
      </h3>
      <p className="mt-1 font-medium">{operation.summary}</p>
      {operation.description ? <Paragraphs text={operation.description} /> : null}
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        operationId <code className="font-mono">{operation.operationId}</code>
      </p>
      {operation.parameters?.length ? (
        <>
          <h4 className={heading}>Parameters</h4>
          <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-700">
            {operation.parameters.map((p) => (
              <li key={`${p.in}-${p.name}`} className="px-3 py-1.5">
                <code className="font-mono font-semibold">{p.name}</code> <span className="text-xs text-slate-500 dark:text-slate-400">in {p.in}</span>{" "}
                <span className="font-mono text-xs text-sky-700 dark:text-sky-300">{p.schema ? describeType(p.schema, schemas) : ""}</span>
                {p.required ? <span className="ml-2 text-xs text-rose-700 dark:text-rose-300">required</span> : null}
                {(p.description ?? p.schema?.description) ? (
                  <p className="text-slate-600 dark:text-slate-400">
                    <InlineMarkdown text={p.description ?? p.schema?.description ?? ""} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {body ? (
        <>
          <h4 className={heading}>Request body (JSON){body.$ref ? <span className="font-mono normal-case"> · {describeType(body, schemas)}</span> : null}</h4>
          <SchemaTable schema={body} schemas={schemas} />
        </>
      ) : null}
      <h4 className={heading}>Responses</h4>
      <dl className="mt-2 space-y-2 text-sm">
        {responses.map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          return (
            <div key={status}>
              <dt className="inline font-mono font-semibold">{status}</dt> <dd className="inline text-slate-600 dark:text-slate-400">{response.description}</dd>
              {status === described && schema ? <SchemaTable schema={schema} schemas={schemas} /> : null}
            </div>
          );
        })}
      </dl>
    </section>
  );
}

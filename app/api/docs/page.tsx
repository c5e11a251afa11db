import Link from "next/link";
import type { Metadata } from "next";
import { InlineMarkdown } from "@/components/inline-markdown";
import { OperationCard, type TDocOperation } from "@/components/api-docs/operation-card";
import type { TJsonSchema } from "@/components/api-docs/schema-rows";
import { SchemaTable } from "@/components/api-docs/schema-table";
import { buildOpenApi } from "@/lib/server/api/build-openapi";

export const metadata: Metadata = { title: "API reference" };

// The reference is rendered on the server from the same document /api/v1/openapi.json serves,
// so it needs no script and nothing from another site, and cannot drift from the API.
export const dynamic = "force-static";

const METHODS = ["get", "post", "put", "delete"] as const;

export default function ApiDocsPage() {
  const doc = buildOpenApi() as unknown as {
    info: { title: string; version: string; description: string };
    tags?: { name: string }[];
    paths: Record<string, Partial<Record<(typeof METHODS)[number], TDocOperation & { tags?: string[] }>>>;
    components: { schemas?: Record<string, TJsonSchema> };
  };
  const schemas = doc.components.schemas ?? {};
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method: method.toUpperCase(), path, operation: item[method]!, tag: item[method]!.tags?.[0] ?? "Other" }] : [])),
  );
  const tags = (doc.tags ?? []).map((t) => t.name).filter((name) => operations.some((o) => o.tag === name));
  return (
    <div data-testid="api-docs">
      <h1 className="text-2xl font-bold tracking-tight">
        {doc.info.title} <span className="text-base font-normal text-slate-500 dark:text-slate-400">v{doc.info.version}</span>
      </h1>
      {doc.info.description.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-3 text-slate-700 dark:text-slate-300">
          <InlineMarkdown text={paragraph} />
        </p>
      ))}
      <p className="mt-3 text-sm">
        The machine-readable document:{" "}
        <a className="text-sky-700 underline dark:text-sky-300" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Make a token on{" "}
        <Link className="text-sky-700 underline dark:text-sky-300" href="/settings#tokens-heading">
          Settings
        </Link>
        .
      </p>
      <nav aria-label="Operations" className="mt-6 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="font-semibold hover:underline">
                {tag}
              </a>
              <ul className="mt-1 space-y-0.5">
                {operations
                  .filter((o) => o.tag === tag)
                  .map((o) => (
                    <li key={o.operation.operationId}>
                      <a href={`#${o.operation.operationId}`} className="text-slate-600 hover:underline dark:text-slate-400">
                        <span className="inline-block w-12 font-mono text-xs">{o.method}</span>
                        {o.operation.summary}
                      </a>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      {schemas.Error ? (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">Errors</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Every failure has this shape, with the HTTP status of its code; each operation lists the statuses it can give.
          </p>
          <SchemaTable schema={schemas.Error} schemas={schemas} />
        </section>
      ) : null}
      {tags.map((tag) => (
        <section key={tag} id={`tag-${tag}`} className="mt-10 scroll-mt-20">
          <h2 className="text-xl font-semibold">{tag}</h2>
          <div className="mt-3 space-y-4">
            {operations
              .filter((o) => o.tag === tag)
              .map((o) => (
                <OperationCard key={o.operation.operationId} method={o.method} path={o.path} operation={o.operation} schemas={schemas} />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}

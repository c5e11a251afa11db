// Turns a JSON Schema from the OpenAPI document into rows a person reads: one per field, with
// its type in words, whether it is required, its limits and description, nested fields indented
// under their parent. Alternatives (a response kind per item kind) become one group per variant.
export type TJsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  items?: TJsonSchema | false;
  prefixItems?: TJsonSchema[];
  additionalProperties?: TJsonSchema | boolean;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

export type TSchemaRow = { name: string; type: string; required: boolean; notes: string[]; description: string | null; depth: number };

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const MAX_DEPTH = 6;

export function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

function resolve(schema: TJsonSchema, schemas: Record<string, TJsonSchema>): TJsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++)
    current = { ...schemas[refName(current.$ref)], description: current.description ?? schemas[refName(current.$ref)]?.description };
  return current;
}

const literal = (value: unknown) => JSON.stringify(value);

/** The schema's type in a few words: `string`, `integer | null`, `array of Quiz`, `"a" | "b"`. */
export function describeType(schema: TJsonSchema, schemas: Record<string, TJsonSchema>): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return schema.enum.map(literal).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const named = variants.map((variant) => describeType(variant, schemas));
    return variants.every((v) => resolve(v, schemas).type === "object" && !v.$ref) ? `one of ${variants.length} shapes` : [...new Set(named)].join(" | ");
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((type) => {
        if (type === "array") {
          if (schema.prefixItems) return `[${schema.prefixItems.map((item) => describeType(item, schemas)).join(", ")}]`;
          return schema.items ? `array of ${describeType(schema.items, schemas)}` : "array";
        }
        if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") return `map of ${describeType(schema.additionalProperties, schemas)}`;
        if (type === "string" && schema.format) return `string (${schema.format})`;
        return type;
      })
      .join(" | ") || "any"
  );
}

function notesOf(schema: TJsonSchema): string[] {
  const notes: string[] = [];
  if (schema.minimum !== undefined && schema.minimum > -SAFE_INTEGER) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < SAFE_INTEGER) notes.push(`≤ ${schema.maximum}`);
  if (schema.minLength !== undefined && schema.minLength > 0) notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minItems !== undefined && schema.minItems > 0 && !schema.prefixItems) notes.push(`at least ${schema.minItems} entries`);
  if (schema.maxItems !== undefined && !schema.prefixItems) notes.push(`at most ${schema.maxItems} entries`);
  if (schema.pattern && !schema.format && schema.pattern.length <= 40) notes.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`default ${literal(schema.default)}`);
  return notes;
}

/** The fields inside a schema (an object's properties, an array's items' properties, each
 * variant of an alternative), as rows `depth` levels in. */
export function schemaRows(schema: TJsonSchema, schemas: Record<string, TJsonSchema>, depth = 0, seen: readonly string[] = []): TSchemaRow[] {
  if (depth > MAX_DEPTH) return [];
  const target = schema.$ref ? refName(schema.$ref) : null;
  if (target && seen.includes(target)) return [];
  const here = resolve(schema, schemas);
  const inside = target ? [...seen, target] : seen;
  const variants = here.anyOf ?? here.oneOf;
  if (variants) {
    const objects = variants.map((v) => resolve(v, schemas)).filter((v) => v.type === "object" && v.properties);
    if (objects.length < 2) return objects.flatMap((v) => schemaRows(v, schemas, depth, inside));
    return objects.flatMap((variant, i) => {
      const tag = Object.entries(variant.properties ?? {}).find(([, p]) => p.const !== undefined);
      const name = tag ? `${tag[0]} = ${literal(tag[1].const)}` : `variant ${i + 1}`;
      return [{ name, type: "object", required: false, notes: [], description: variant.description ?? null, depth }, ...schemaRows(variant, schemas, depth + 1, inside)];
    });
  }
  if (here.items && typeof here.items === "object") return schemaRows(here.items, schemas, depth, inside);
  if (!here.properties) return [];
  return Object.entries(here.properties).flatMap(([name, property]) => [
    {
      name,
      type: describeType(property, schemas),
      required: here.required?.includes(name) ?? false,
      notes: notesOf(resolve(property, schemas)),
      description: property.description ?? resolve(property, schemas).description ?? null,
      depth,
    },
    ...schemaRows(property, schemas, depth + 1, inside),
  ]);
}

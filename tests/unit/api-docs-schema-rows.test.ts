// The /api/docs page reads schemas through schemaRows; what a reader sees per field is decided here.
import { describe, expect, it } from "vitest";
import { describeType, schemaRows, type TJsonSchema } from "@/components/api-docs/schema-rows";

const schemas: Record<string, TJsonSchema> = {
  Bank: {
    type: "object",
    properties: { slug: { type: "string", description: "the bank's `slug`" }, size: { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 } },
    required: ["slug"],
  },
  Answer: {
    oneOf: [
      { type: "object", properties: { kind: { type: "string", const: "single_choice" }, choice: { type: "integer", minimum: 0 } }, required: ["kind", "choice"] },
      { type: "object", properties: { kind: { type: "string", const: "short_text" }, text: { type: "string", maxLength: 500 } }, required: ["kind", "text"] },
    ],
  },
  Node: { type: "object", properties: { child: { $ref: "#/components/schemas/Node" } } },
};

describe("schemaRows", () => {
  it("lists a page's fields with nested items, required marks and real limits only", () => {
    const page: TJsonSchema = {
      type: "object",
      properties: { items: { type: "array", items: { $ref: "#/components/schemas/Bank" } }, nextCursor: { type: ["string", "null"] } },
      required: ["items", "nextCursor"],
    };
    expect(schemaRows(page, schemas)).toEqual([
      { name: "items", type: "array of Bank", required: true, notes: [], description: null, depth: 0 },
      { name: "slug", type: "string", required: true, notes: [], description: "the bank's `slug`", depth: 1 },
      { name: "size", type: "integer", required: false, notes: [], description: null, depth: 1 },
      { name: "nextCursor", type: "string | null", required: true, notes: [], description: null, depth: 0 },
    ]);
  });

  it("shows each variant of an alternative under its tag", () => {
    const rows = schemaRows({ $ref: "#/components/schemas/Answer" }, schemas);
    expect(rows.map((r) => [r.depth, r.name, r.type, r.notes.join()])).toEqual([
      [0, 'kind = "single_choice"', "object", ""],
      [1, "kind", '"single_choice"', ""],
      [1, "choice", "integer", "≥ 0"],
      [0, 'kind = "short_text"', "object", ""],
      [1, "kind", '"short_text"', ""],
      [1, "text", "string", "at most 500 characters"],
    ]);
    expect(describeType({ $ref: "#/components/schemas/Answer" }, schemas)).toBe("Answer");
    expect(describeType(schemas.Answer!, schemas)).toBe("one of 2 shapes");
  });

  it("stops at a schema that contains itself", () => {
    expect(schemaRows({ $ref: "#/components/schemas/Node" }, schemas)).toEqual([{ name: "child", type: "Node", required: false, notes: [], description: null, depth: 0 }]);
  });
});

// Checks answers against the OpenAPI document the way an outside client would read it: with a
// JSON Schema 2020-12 validator (Ajv) over the document's own schemas, $refs resolved in it.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

export type TOpenApiDocument = {
  paths: Record<string, Record<string, TOperation>>;
  components: Record<string, unknown>;
};
export type TOperation = {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

export function operationsOf(doc: TOpenApiDocument): { path: string; method: string; operation: TOperation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })));
}

export function findOperation(doc: TOpenApiDocument, operationId: string): { path: string; method: string; operation: TOperation } {
  const found = operationsOf(doc).find((o) => o.operation.operationId === operationId);
  if (!found) throw new Error(`the document has no operation ${operationId}`);
  return found;
}

/** Returns a checker: (operationId, status, body) → the validation errors, or "" when the body
 * fits the schema the document gives that status (a status it does not document is an error). */
export function createResponseChecker(doc: TOpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "openapi" });
  const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
  return function check(operationId: string, status: number, body: unknown): string {
    const { path, method, operation } = findOperation(doc, operationId);
    const response = operation.responses[String(status)];
    if (!response) return `${operationId} answered ${status}, which the document does not list (${Object.keys(operation.responses).join(", ")})`;
    if (!response.content) return body === null || body === undefined || body === "" ? "" : `${operationId} ${status} has a body the document does not describe`;
    const pointer = `openapi#/paths/${escape(path)}/${method.toLowerCase()}/responses/${status}/content/${escape("application/json")}/schema`;
    const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
    return validate(body) ? "" : `${operationId} ${status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 300)}`;
  };
}

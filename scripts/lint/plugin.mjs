// Interleave's own lint rules: the layering docs/ARCHITECTURE.md describes that the stock rules
// cannot see.
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const serverDir = resolve(root, "lib", "server");

function isClientModule(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

// "@/lib/server/x", "../../lib/server/x" and "server-only" all name server code.
function namesServerCode(source, filename) {
  if (source === "server-only") return true;
  let target;
  if (source.startsWith("@/")) target = resolve(root, source.slice(2));
  else if (source.startsWith(".")) target = resolve(dirname(filename), source);
  else return false;
  const rel = relative(serverDir, target);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

const noServerInClient = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module imports nothing from lib/server, types included: shared shapes live in lib/contracts.' },
    messages: { server: '"use client" module imports server code ({{source}}); move the shared type or schema to lib/contracts.' },
    schema: [],
  },
  create(context) {
    let client = false;
    const check = (node) => {
      const source = node.source;
      if (!client || !source || source.type !== "Literal" || typeof source.value !== "string") return;
      if (namesServerCode(source.value, context.filename)) context.report({ node: source, messageId: "server", data: { source: source.value } });
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const plugin = {
  meta: { name: "interleave" },
  rules: { "no-server-in-client": noServerInClient },
};

export default plugin;

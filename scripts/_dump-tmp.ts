import { parser } from "@lezer/python";
const src = require("fs").readFileSync(process.argv[2], "utf8");
const tree = parser.parse(src);
let depth = 0;
tree.iterate({ enter(n) { const t = src.slice(n.from, n.to); console.log("  ".repeat(depth) + n.name + (n.node.firstChild ? "" : " " + JSON.stringify(t.slice(0,40)))); depth++; }, leave() { depth--; } });

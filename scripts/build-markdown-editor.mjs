// Bundles the author's markdown editor (components/author/markdown-editor-core.ts) with its own
// copy of CodeMirror into components/author/generated/markdown-editor.mjs, which the editor
// component imports on author pages. Inside Next's module graph the CodeMirror modules would be
// shared with the question page's sandboxes, and Turbopack keeps one copy of a module with every
// export any page uses: lang-markdown's needs made the question page ~10 KB heavier. Runs on
// postinstall, on `npm start` and before tests, like the sandbox thread bundle.
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "components", "author", "generated");

export async function buildMarkdownEditor() {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "components", "author", "markdown-editor-core.ts")],
    outfile: join(outDir, "markdown-editor.mjs"),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    logLevel: "warning",
    legalComments: "none",
  });
  // The bundle's types are the source's.
  writeFileSync(join(outDir, "markdown-editor.d.mts"), 'export * from "../markdown-editor-core";\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildMarkdownEditor();
  console.log("author: bundled the markdown editor");
}

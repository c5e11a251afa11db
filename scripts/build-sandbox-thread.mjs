// Bundles the server's sandbox worker thread (lib/server/sandbox/sandbox-thread.ts and the pure
// VM it runs) into one ES module Node can load with `new Worker(path)`: the Next server bundle
// cannot host a worker entry, and tsx is not there in production. Runs on postinstall, on
// `npm start` and before tests, so the bundle always matches the sources; it takes well under a
// second. The sandbox's Python stdlib is regenerated first (scripts/build-sandbox-stdlib.mjs),
// so every caller of this script also gets an up-to-date lib/sandbox/generated/stdlib.ts.
import { build } from "esbuild";
import { buildSandboxStdlib } from "./build-sandbox-stdlib.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SANDBOX_THREAD_BUNDLE = join(root, "lib", "server", "generated", "sandbox-thread.mjs");

export async function buildSandboxThread() {
  buildSandboxStdlib();
  await build({
    entryPoints: [join(root, "lib", "server", "sandbox", "sandbox-thread.ts")],
    outfile: SANDBOX_THREAD_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    legalComments: "none",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSandboxThread();
  console.log("sandbox: bundled the server worker thread");
}

// Vitest global setup for the database and browser suites: the server grades predictions in a
// worker thread that loads the bundled VM, so the bundle must match the sources under test.
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildSandboxThread } from "../../scripts/build-sandbox-thread.mjs";

export default async function setup(): Promise<void> {
  // `npm test` bundles once for all its stages; a direct `vitest` run bundles here.
  if (process.env.SANDBOX_THREAD_BUNDLED === "1") return;
  await (buildSandboxThread as () => Promise<void>)();
}

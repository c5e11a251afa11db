// Vitest global setup for the database and browser suites: the server grades predictions in a
// worker thread that loads the bundled VM, so the bundle must match the sources under test.
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildSandboxThread } from "../../scripts/build-sandbox-thread.mjs";

export default async function setup(): Promise<void> {
  await (buildSandboxThread as () => Promise<void>)();
}

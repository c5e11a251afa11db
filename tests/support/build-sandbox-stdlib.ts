// Vitest global setup for the unit suite: the VM imports lib/sandbox/generated/stdlib.ts, which
// is generated from lib/sandbox/stdlib/**/*.py, so a direct `vitest` run after editing a .py file
// tests the edited module (npm test and postinstall generate it too).
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildSandboxStdlib } from "../../scripts/build-sandbox-stdlib.mjs";

export default function setup(): void {
  (buildSandboxStdlib as () => boolean)();
}

// Start-up of the sandbox runtime, in one place. initRuntime() prepares the JS realm once, before
// its first run: the methods of the builtin types (str, list, dict, int, float …) and the table of
// importable modules. Nothing else is set up by importing a file, apart from the type objects
// themselves (runtime/types.ts). Each run then wires itself in explicitly: Program's constructor
// builds that run's builtins namespace and points the runtime hooks (runtime/ctx.ts) and the
// generator methods at its interpreter.
import { installBuiltinTypeMethods } from "./runtime/builtins";
import { installFastMethods } from "./runtime/fast-methods";
import { registerModules } from "./modules/all";
import { MODULES } from "./modules/registry";

let initialised = false;

export function initRuntime(): void {
  if (initialised) return;
  initialised = true;
  installBuiltinTypeMethods();
  installFastMethods();
  registerModules(MODULES);
}

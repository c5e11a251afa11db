// Module table: name → factory creating the module for one process.
import type { Program } from "../program";
import type { SimProcess } from "../sched/scheduler";
import type { PyModule } from "../runtime/value";

export type ModuleFactory = (prog: Program, proc: SimProcess) => PyModule;
export const MODULES: Record<string, ModuleFactory> = {};

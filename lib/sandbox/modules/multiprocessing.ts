// multiprocessing registrations.
import { MODULES } from "./registry";
import { runPySource } from "./py-source";
import { MULTIPROCESSING } from "./py/mp-src";
import { makeMPCore } from "./multiprocessing-core";

MODULES._mp_core = (prog, proc) => makeMPCore(prog, proc);
MODULES.multiprocessing = (prog) => runPySource(prog, "multiprocessing", MULTIPROCESSING);

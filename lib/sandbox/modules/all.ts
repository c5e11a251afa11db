// Registers every module factory (imported once by the public entry point): native modules in
// TypeScript, then every Python module of lib/sandbox/stdlib that no native factory overrides.
import { PyExc } from "../runtime/value";
import { fn } from "../runtime/native";
import { formatException } from "../vm/traceback";
import { installAsyncioCore } from "./asyncio-core";
import { makeCollectionsCore } from "./collections-core";
import { makeMPCore } from "./multiprocessing-core";
import { MODULES } from "./registry";
import { registerStdlibModules } from "./stdlib";
import { mod } from "./sys-time-math";
import { makeThreadCore } from "./thread-core";

MODULES._thread_core = (prog, proc) => makeThreadCore(prog, proc);
MODULES._mp_core = (prog, proc) => makeMPCore(prog, proc);
MODULES._asyncio_core = (prog) => mod("_asyncio_core", installAsyncioCore(prog));
MODULES._collections = () => makeCollectionsCore();
// process pool workers send their traceback home as text, as concurrent.futures.process does
MODULES._traceback_core = () =>
  mod("_traceback_core", { format_exception: fn("format_exception", ([e]) => (e instanceof PyExc ? formatException(e) : "")) });
registerStdlibModules(MODULES);

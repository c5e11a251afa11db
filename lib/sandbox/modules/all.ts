// The module table: every module a program can import, native ones in TypeScript and the Python
// ones of lib/sandbox/stdlib. initRuntime() fills it once per JS realm.
import { formatException } from "../vm/traceback";
import { fn, makeModule } from "../runtime/native";
import { PyExc } from "../runtime/value";
import { installAsyncioCore } from "./asyncio-core";
import { makeBase64Module, makeBinasciiModule } from "./base64";
import { makeUnicodedataModule } from "./unicodedata";
import { makeCollectionsCore } from "./collections-core";
import { makeSandboxCore } from "./sandbox-core";
import { makeWeakCore } from "./weak-core";
import { makeMemtraceCore } from "./memtrace-core";
import { makeZoneinfoCore } from "./zoneinfo-core";
import { makeJsonCore } from "./json-core";
import { makeMathModule } from "./math";
import { makeReCore } from "./re-core";
import { makeMPCore } from "./multiprocessing-core";
import { makeRandomModule } from "./random";
import type { ModuleFactory } from "./registry";
import { registerStdlibModules } from "./stdlib";
import { makeSysModule } from "./sys";
import { makeThreadCore } from "./thread-core";
import { makeTimeModule } from "./time";

export function registerModules(table: Record<string, ModuleFactory>): void {
  table.sys = (prog, proc) => makeSysModule(prog, proc);
  table.time = (prog) => makeTimeModule(prog);
  table.math = () => makeMathModule();
  table.random = (prog) => makeRandomModule(prog);
  table.base64 = (prog) => makeBase64Module(prog.importModule("binascii"));
  table.binascii = () => makeBinasciiModule();
  table.unicodedata = () => makeUnicodedataModule();
  // the native halves of the Python modules
  table._thread_core = (prog, proc) => makeThreadCore(prog, proc);
  table._mp_core = (prog, proc) => makeMPCore(prog, proc);
  table._asyncio_core = (prog) => makeModule("_asyncio_core", installAsyncioCore(prog));
  table._collections = () => makeCollectionsCore();
  table._json = () => makeJsonCore();
  table._re_core = () => makeReCore();
  table._sandbox = (prog) => makeSandboxCore(prog);
  table._weak_core = (prog) => makeWeakCore(prog);
  table._memtrace = (prog) => makeMemtraceCore(prog);
  table._zoneinfo_core = () => makeZoneinfoCore();
  // process pool workers send their traceback home as text, as concurrent.futures.process does
  table._traceback_core = () => makeModule("_traceback_core", { format_exception: fn("format_exception", ([e]) => (e instanceof PyExc ? formatException(e) : "")) });
  registerStdlibModules(table);
}

// asyncio and concurrent.futures registrations.
import { MODULES } from "./registry";
import { runPySource } from "./py-source";
import { ASYNCIO, CONCURRENT_FUTURES } from "./py/asyncio-src";
import { PROCESS_POOL } from "./py/process-pool-src";
import { installAsyncioCore } from "./asyncio-core";
import { mod } from "./sys-time-math";
import { PyModule } from "../runtime/value";

MODULES._asyncio_core = (prog) => mod("_asyncio_core", installAsyncioCore(prog));
MODULES.asyncio = (prog) => runPySource(prog, "asyncio", ASYNCIO);
MODULES["concurrent.futures"] = (prog) => runPySource(prog, "concurrent.futures", CONCURRENT_FUTURES + PROCESS_POOL);
MODULES.concurrent = () => new PyModule("concurrent", new Map());

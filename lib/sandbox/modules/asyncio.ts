// asyncio and concurrent.futures registrations.
import { MODULES } from "./registry";
import { runPySource } from "./py-source";
import { ASYNCIO, CONCURRENT_FUTURES } from "./py/asyncio-src";
import { PROCESS_POOL } from "./py/process-pool-src";
import { installAsyncioCore } from "./asyncio-core";
import { mod } from "./sys-time-math";
import { PyExc, PyModule } from "../runtime/value";
import { fn } from "../runtime/native";
import { formatException } from "../vm/traceback";

MODULES._asyncio_core = (prog) => mod("_asyncio_core", installAsyncioCore(prog));
MODULES.asyncio = (prog) => runPySource(prog, "asyncio", ASYNCIO);
// process workers send their traceback home as text, like concurrent.futures.process does
const formatExc = fn("_format_exception", ([e]) => (e instanceof PyExc ? formatException(e) : ""));
MODULES["concurrent.futures"] = (prog) =>
  runPySource(prog, "concurrent.futures", CONCURRENT_FUTURES + PROCESS_POOL, { _format_exception: formatExc });
MODULES.concurrent = () => new PyModule("concurrent", new Map());

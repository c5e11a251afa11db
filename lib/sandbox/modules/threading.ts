// threading, queue, heapq, _thread_core module registrations.
import { MODULES } from "./registry";
import { runPySource } from "./py-source";
import { THREADING, QUEUE, HEAPQ } from "./py/threading-src";
import { makeThreadCore } from "./thread-core";

MODULES._thread_core = (prog, proc) => makeThreadCore(prog, proc);
MODULES.threading = (prog) => runPySource(prog, "threading", THREADING);
MODULES.queue = (prog) => runPySource(prog, "queue", QUEUE);
MODULES.heapq = (prog) => runPySource(prog, "heapq", HEAPQ);

// Registers every module factory (imported once by the public entry point).
import "./sys-time-math";
import "./helpers";
import "./extras";
import "./threading";
import "./asyncio";
import "./multiprocessing";

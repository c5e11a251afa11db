// contextlib, typing, abc and copy: small modules interview snippets import next to the
// concurrency ones, written in Python (modules/py/extra-src.ts).
import { runPySource } from "./py-source";
import { ABC, CONTEXTLIB, COPY, TYPING } from "./py/extra-src";
import { MODULES } from "./registry";

MODULES.contextlib = (prog) => runPySource(prog, "contextlib", CONTEXTLIB);
MODULES.typing = (prog) => runPySource(prog, "typing", TYPING);
MODULES.abc = (prog) => runPySource(prog, "abc", ABC);
MODULES.copy = (prog) => runPySource(prog, "copy", COPY);

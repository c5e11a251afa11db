// CLI: run a Python file in the sandbox. stdout/stderr/exit status as CPython would produce.
// Usage: npm run -s sandbox -- FILE.py [--trace OUT.json] [--switch-interval S] [--cores N] [--seed N] [--hash-seed N] [--budget N] [--process-start S]
//        npm run -s sandbox -- --dis FILE.py   (print the sandbox's bytecode for FILE.py instead of running it)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { disassembleProgram, runProgram, SourceError, type RunOptions } from "../lib/sandbox/index";

const DIS_HEADER =
  "# The sandbox's own bytecode (lib/sandbox/compile/opcodes.ts), not CPython's: opcode names follow\n" +
  "# CPython where the meaning matches, but the numbers, encodings and instruction choices are the sandbox's.\n";

function main(): void {
  const args = process.argv.slice(2);
  let file: string | null = null;
  let tracePath: string | null = null;
  let dis = false;
  const opts: RunOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = (): string => {
      const v = args[++i];
      if (v === undefined) usage(`missing value for ${a}`);
      return v!;
    };
    if (a === "--trace") tracePath = next();
    else if (a === "--dis") dis = true;
    else if (a === "--switch-interval") opts.switchIntervalSeconds = Number(next());
    else if (a === "--switch-instructions") opts.switchIntervalInstructions = Number(next());
    else if (a === "--cores") opts.cores = Number(next());
    else if (a === "--seed") opts.seed = Number(next());
    else if (a === "--hash-seed") {
      const v = Number(next());
      if (!Number.isInteger(v) || v < 0 || v > 4294967295) usage("--hash-seed takes an integer from 0 to 4294967295, as PYTHONHASHSEED does");
      opts.hashSeed = v;
    } else if (a === "--budget") opts.instructionBudget = Number(next());
    else if (a === "--process-start") opts.processStartSeconds = Number(next());
    else if (a.startsWith("--")) usage(`unknown flag ${a}`);
    else file = a;
  }
  if (!file) usage("no input file");
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const path = resolve(cwd, file!);
  const source = readFileSync(path, "utf8");
  if (dis) {
    try {
      process.stdout.write(DIS_HEADER + "\n" + disassembleProgram(source, path));
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      process.stderr.write(`${path}, line ${e.line}: ${e.message}\n`);
      process.exitCode = 1;
    }
    return;
  }
  // CPython 3.11 makes the main script's path absolute, and tracebacks print it that way.
  opts.filename = path;
  opts.stdout = (s) => process.stdout.write(s);
  opts.stderr = (s) => process.stderr.write(s);
  const r = runProgram(source, opts);
  if (tracePath) writeFileSync(resolve(cwd, tracePath), JSON.stringify({ trace: r.trace, metrics: r.metrics, error: r.error ?? null }, null, 1));
  process.exitCode = r.exitCode;
}

function usage(msg: string): never {
  process.stderr.write(
    `sandbox: ${msg}\nusage: sandbox [--dis] FILE.py [--trace OUT.json] [--switch-interval S] [--cores N] [--seed N] [--hash-seed N] [--budget N] [--process-start S]\n`,
  );
  process.exit(2);
}

main();

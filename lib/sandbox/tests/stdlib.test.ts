// The Python half of the sandbox's standard library (lib/sandbox/stdlib/**/*.py): every file is
// in the generated bundle, parses and compiles with the sandbox's own front end, imports cleanly
// in a run, and (with python3 3.11 on PATH) is valid CPython 3.11 syntax too.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";
import { compileStdlibModule, listStdlibModules } from "../modules/stdlib";

const STDLIB_DIR = join(__dirname, "..", "stdlib");

function pyFilesOnDisk(dir = STDLIB_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pyFilesOnDisk(join(dir, e.name)) : e.name.endsWith(".py") ? [relative(STDLIB_DIR, join(dir, e.name)).split(sep).join("/")] : [],
  );
}

function moduleName(path: string): string {
  return path.replace(/\/__init__\.py$|\.py$/, "").replaceAll("/", ".");
}

const files = pyFilesOnDisk().sort();

function python311(): boolean {
  try {
    return execFileSync("python3", ["--version"], { encoding: "utf8" }).startsWith("Python 3.11");
  } catch {
    return false;
  }
}

describe("sandbox stdlib", () => {
  it("bundles every .py file under lib/sandbox/stdlib", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(listStdlibModules().sort()).toEqual(files.map(moduleName).sort());
  });

  for (const path of files) {
    const name = moduleName(path);
    it(`${path} parses and compiles`, () => {
      expect(() => compileStdlibModule(name)).not.toThrow();
    });
    it(`${path} imports as ${name}`, () => {
      const r = runProgram(`import ${name}\nprint(${name}.__name__)\n`, {});
      expect(r.stderr).toBe("");
      // os.path is posixpath on Linux, as CPython reports it
      expect(r.stdout).toBe(`${name === "os.path" ? "posixpath" : name}\n`);
    });
  }

  it.runIf(!process.env.SANDBOX_SKIP_CPYTHON && python311())("every file is valid CPython 3.11 syntax", () => {
    const check = "import ast, sys\nfor p in sys.argv[1:]:\n    ast.parse(open(p).read(), p)\n";
    const r = spawnSync("python3", ["-c", check, ...files.map((f) => join(STDLIB_DIR, f))], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

// `npm run format`: Prettier (.prettierrc.json) on the files changed since the last commit and
// the new ones, so formatting arrives file by file with the work rather than as one commit that
// touches every file. `npm run format -- --all` formats the whole repository; `-- --check` only
// reports. The lint stage of `npm test` fails on any file Prettier would change.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const git = (...a) => execFileSync("git", a, { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
const FORMATTED = /\.(?:[cm]?[jt]sx?|json|css|ya?ml)$/;

const files = args.includes("--all")
  ? ["."]
  : [...new Set([...git("diff", "--name-only", "--diff-filter=ACMR", "HEAD"), ...git("ls-files", "--others", "--exclude-standard")])].filter(
      (f) => FORMATTED.test(f) && existsSync(join(root, f)),
    );
if (files.length === 0) {
  console.log("format: no changed files");
  process.exit(0);
}
const prettier = join(root, "node_modules", "prettier", "bin", "prettier.cjs");
try {
  execFileSync(process.execPath, [prettier, args.includes("--check") ? "--check" : "--write", "--ignore-unknown", ...files], { cwd: root, stdio: "inherit" });
} catch {
  process.exit(1);
}

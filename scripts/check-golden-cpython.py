#!/usr/bin/env python3
"""Check the sandbox golden cases against the real CPython on this machine.

For every lib/sandbox/cases/<area>/<name>.py this runs `PYTHONHASHSEED=0 python3 <name>.py` from
inside <area>/ (stdout and stderr redirected to pipes, as when the goldens were made) and compares:

  * stdout with <name>.out (byte for byte);
  * if <name>.status exists: the exit status with its content, else the status must be 0;
  * if <name>.err exists: stderr with its content after normalisation (see below),
    else stderr must be empty.

Tracebacks carry absolute paths, which differ between machines, so stderr is normalised:
the case folder's absolute path + "/" is removed (giving `File "name.py"`), and the
standard-library folder is replaced by `<stdlib>`.

Usage:
  scripts/check-golden-cpython.py                 check every case; exit 1 on any mismatch
  scripts/check-golden-cpython.py asyncio lang/x  check only cases whose "<area>/<name>" starts with a filter
  scripts/check-golden-cpython.py --runs 3        run each case 3 times (determinism check; no retries)
  scripts/check-golden-cpython.py --retries 0     fail on the first mismatch (default: a mismatching
                                                  case is rerun up to 2 times, see below)
  scripts/check-golden-cpython.py --update NAMES  regenerate goldens (runs 3 times, refuses if the
                                                  runs differ); errors/ cases also get .err and .status

The goldens are deterministic on an idle machine, but the concurrency cases print event orders
and elapsed times rounded to 0.1 s of *real* time; on a heavily loaded machine a sleep can
overshoot by 50 ms or a thread can be descheduled while it holds the GIL. So by default a case
that mismatches is rerun (up to --retries times); if a rerun matches it is reported as FLAKY
(a warning, not a failure). A real regression mismatches every time.

Exit status: 0 all good, 1 mismatch, 2 python3 is not CPython 3.11.
"""
import argparse
import os
import subprocess
import sys
import sysconfig
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "lib", "sandbox", "cases")
STDLIB = sysconfig.get_paths()["stdlib"]
TIMEOUT = 30


def find_cases(filters):
    cases = []
    for area in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, area)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".py"):
                key = f"{area}/{f[:-3]}"
                if not filters or any(key.startswith(x.rstrip("/")) for x in filters):
                    cases.append((area, f[:-3]))
    return cases


def normalise_err(text, folder):
    text = text.replace(folder + os.sep, "")
    text = text.replace(STDLIB + os.sep, "<stdlib>/")
    return text


def run_case(area, name, python):
    folder = os.path.join(CASES, area)
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONUNBUFFERED", "PYTHONPATH",
                "PYTHONDONTWRITEBYTECODE", "PYTHONHASHSEED"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    # str hashes (and so the order sets of strings print in) are fixed by the seed; the sandbox
    # models seed 0, its default
    env["PYTHONHASHSEED"] = "0"
    try:
        p = subprocess.run([python, name + ".py"], cwd=folder, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return p.stdout, normalise_err(p.stderr.decode("utf-8", "replace"), folder), p.returncode


def read(path, mode="rb"):
    with open(path, mode) as fh:
        return fh.read()


def expected(area, name):
    base = os.path.join(CASES, area, name)
    out = read(base + ".out")
    err = read(base + ".err", "r") if os.path.exists(base + ".err") else ""
    status = int(read(base + ".status", "r").strip()) if os.path.exists(base + ".status") else 0
    return out, err, status


def diff_text(label, want, got):
    import difflib
    if isinstance(want, bytes):
        want = want.decode("utf-8", "replace")
        got = got.decode("utf-8", "replace")
    lines = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                 f"expected {label}", f"actual {label}", n=2)
    return "".join(lines)


def check(area, name, python, runs, retries):
    """Returns (problems, flaky): problems is empty when the case matched."""
    try:
        want = expected(area, name)
    except FileNotFoundError as e:
        return [f"missing golden file: {e.filename}"], False
    problems = compare(want, python, area, name, runs)
    if problems:
        for _ in range(retries):
            if not compare(want, python, area, name, 1):
                return problems, True
    return problems, False


def compare(want, python, area, name, runs):
    problems = []
    for i in range(runs):
        got = run_case(area, name, python)
        if got is None:
            return [f"timed out after {TIMEOUT}s"]
        for label, w, g in zip(("stdout", "stderr", "status"), want, got):
            if w != g:
                if label == "status":
                    problems.append(f"run {i + 1}: exit status {g}, expected {w}")
                else:
                    problems.append(f"run {i + 1}: {label} differs\n" + diff_text(label, w, g))
        if problems:
            break
    return problems


def update(area, name, python):
    results = [run_case(area, name, python) for _ in range(3)]
    if any(r is None for r in results):
        return "timed out"
    if any(r != results[0] for r in results[1:]):
        return "NOT DETERMINISTIC: the 3 runs differ; nothing written"
    out, err, status = results[0]
    base = os.path.join(CASES, area, name)
    with open(base + ".out", "wb") as fh:
        fh.write(out)
    if area == "errors":
        with open(base + ".err", "w") as fh:
            fh.write(err)
        with open(base + ".status", "w") as fh:
            fh.write(f"{status}\n")
    elif status != 0 or err:
        return f"exit status {status}, stderr:\n{err}(.out written; non-errors cases must exit 0 with empty stderr)"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help='case prefixes like "asyncio" or "lang/closures"')
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=1, help="runs per case (determinism check)")
    ap.add_argument("-j", "--jobs", type=int, default=1,
                    help="cases run at once (default 1: timing cases assume an idle machine)")
    ap.add_argument("--retries", type=int, default=None,
                    help="reruns of a mismatching case before it counts as failed "
                         "(default 2, or 0 with --runs > 1)")
    ap.add_argument("--update", action="store_true", help="regenerate the goldens of the selected cases")
    args = ap.parse_args()

    ver = subprocess.run([args.python, "-c", "import sys, platform; print(platform.python_implementation(), "
                          "*sys.version_info[:2])"], capture_output=True, text=True).stdout.split()
    if ver[:3] != ["CPython", "3", "11"]:
        print(f"check-golden-cpython: {args.python} is {' '.join(ver) or 'missing'}, need CPython 3.11",
              file=sys.stderr)
        return 2

    cases = find_cases(args.filters)
    if not cases:
        print("no cases matched", file=sys.stderr)
        return 1
    if args.update:
        bad = 0
        for area, name in cases:
            msg = update(area, name, args.python)
            print(f"{'FAIL' if msg else 'ok  '} {area}/{name}" + (f": {msg}" if msg else ""))
            bad += bool(msg)
        return 1 if bad else 0

    retries = args.retries if args.retries is not None else (0 if args.runs > 1 else 2)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        results = list(ex.map(lambda c: (c, check(c[0], c[1], args.python, args.runs, retries)), cases))
    failed = flaky = 0
    for (area, name), (problems, was_flaky) in results:
        if was_flaky:
            flaky += 1
            print(f"FLAKY {area}/{name}: mismatched once, matched on a rerun (machine under load?)")
            for p in problems:
                print("  " + p.replace("\n", "\n  ").rstrip())
        elif problems:
            failed += 1
            print(f"MISMATCH {area}/{name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  ").rstrip())
    print(f"{len(cases) - failed}/{len(cases)} golden cases match CPython "
          f"({f'{args.runs} runs' if args.runs > 1 else '1 run'} each"
          f"{f', {flaky} only on a rerun' if flaky else ''})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

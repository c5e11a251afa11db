# pathlib on files: write_text/read_text, bytes, mkdir(parents), iterdir, glob/rglob, stat, unlink, rename, errors
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    out = base / "build" / "summary.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    print(out.write_text("total: 42\n", encoding="utf-8"))
    print(out.read_text(encoding="utf-8"), end="")
    with out.open("a", encoding="utf-8") as f:
        f.write("done\n")
    print(out.read_text().splitlines(), out.stat().st_size, out.exists(), out.is_file(), out.is_dir())
    print((base / "logo.bin").write_bytes(b"\x89PNG"), (base / "logo.bin").read_bytes())
    (base / "src" / "pkg").mkdir(parents=True)
    for rel in ["src/app.py", "src/pkg/__init__.py", "src/pkg/util.py", "src/notes.md", "src/.hidden.py"]:
        (base / rel).touch()
    (base / "src/app.py").write_text("print('hi')\n")
    print(sorted(p.name for p in (base / "src").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in (base / "src").glob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.md")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("src/*/*.py")))
    print([p.name for p in sorted(base.iterdir()) if p.is_dir()])
    for py in sorted((base / "src").rglob("*.py")):
        print(py.relative_to(base), py.stat().st_size)
    moved = (base / "src/notes.md").rename(base / "NOTES.md")
    print(moved.name, moved.exists(), (base / "src/notes.md").exists())
    moved.unlink()
    moved.unlink(missing_ok=True)
    (base / "empty").mkdir()
    (base / "empty").rmdir()
    print(sorted(p.name for p in base.iterdir()))
    old = os.getcwd()
    os.chdir(tmp)
    print(Path.cwd() == base, Path("build/summary.txt").exists(), Path("build").absolute() == base / "build")
    print(Path("build/summary.txt").resolve() == out)
    os.chdir(old)
    for bad in (lambda: (base / "build").mkdir(), lambda: (base / "nope.txt").read_text(),
                lambda: (base / "nope.txt").unlink(), lambda: list((base / "nope").iterdir()),
                lambda: (base / "a" / "b").mkdir(), lambda: (base / "src").rmdir(),
                lambda: out.write_text(b"bytes"), lambda: out.write_bytes("text"),
                lambda: (base / "nope").stat(), lambda: (base / "build").touch(exist_ok=False)):
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, str(e).replace(tmp, "TMP"))
print(Path(tmp).exists())

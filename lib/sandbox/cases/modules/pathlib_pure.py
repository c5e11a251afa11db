# pathlib's pure path operations: normalising, joining with /, name/stem/suffix(es)/parent(s)/parts, with_*, relative_to, match, ordering and hashing, reprs, and the ValueErrors
from pathlib import Path, PurePath, PurePosixPath, PosixPath

base = Path("/srv") / "projects" / "report"
data = base / "data" / "sales.2024.csv"
print(data.name, data.stem, data.suffix, data.suffixes)
print(data.parent, repr(data.parent), data.parent.parent.name)
print(data.with_suffix(".json").name, data.with_name("x.txt"), data.with_stem("q"))
print(data.relative_to(base), repr(data.relative_to(base)))
print(data.parts, data.anchor, data.root, repr(data.drive))
print(list(data.parents)[:3], len(data.parents), data.parents[-1])
print(PurePath("a//b/./c/../d"), PurePath(""), PurePath("//x/y"), PurePath("///x"), PurePath("a", "/b", "c"))
print(repr(PurePath("x")), repr(Path("x")), type(Path("x")).__name__, isinstance(Path("x"), PurePath))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePath("a") < PurePath("b"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(hash(PurePath("a/b")) == hash(PurePath("a/b/")), "a" / PurePath("b"), Path("a").joinpath("b", "c"))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("a/*.py"), PurePath("/a.py").match("/*.py"))
print(PurePath("x.tar.gz").suffixes, PurePath(".bashrc").suffix, PurePath(".bashrc").stem, PurePath("a.").suffix, PurePath("a.").suffixes)
print(Path("/a/b").is_relative_to("/a"), Path("/a/b").is_relative_to("/c"), Path("a").is_absolute(), Path("/a").is_absolute())
print(Path("/a/b").as_uri(), Path("a/b").as_posix(), str(Path(".")), Path(".").name == "")
for bad in (lambda: data.with_suffix("json"), lambda: data.with_name(""), lambda: Path("/a").relative_to("/b"), lambda: Path("a").relative_to("/a"), lambda: Path("/").with_name("x")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    Path(3)
except TypeError as e:
    print("TypeError:", e)
print(Path("/a/b/../c").resolve(), Path("/tmp/../x").parent)
print(PurePath("/").parent, PurePath("a").parent, PurePath("/").name == "")
print(Path("~/x").expanduser() == Path.home() / "x", Path.home().is_absolute(), Path.cwd().is_absolute())
d = {Path("a"): 1}
print(d[PurePosixPath("a")] if PurePosixPath("a") in d else "absent")
import os
print(os.fspath(Path("a/b")), os.path.join(Path("a"), "b"))

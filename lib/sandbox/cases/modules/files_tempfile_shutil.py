# tempfile and shutil: temporary files and directories cleaned up, copying, moving and removing trees
import os
import shutil
import tempfile

print(tempfile.gettempdir(), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp), os.path.dirname(tmp), os.path.basename(tmp).startswith("tmp"))
    with open(os.path.join(tmp, "inside.txt"), "w") as f:
        f.write("gone soon")
print(os.path.exists(tmp))

d = tempfile.TemporaryDirectory(prefix="job-", suffix=".d")
name = os.path.basename(d.name)
print(name.startswith("job-"), name.endswith(".d"), len(name), os.listdir(d.name))
d.cleanup()
print(os.path.exists(d.name))

path = tempfile.mkdtemp()
print(os.path.isdir(path), os.listdir(path))
os.rmdir(path)

fd, path = tempfile.mkstemp(suffix=".txt", text=True)
print(isinstance(fd, int), path.endswith(".txt"), os.path.isabs(path))
os.write(fd, b"written through the descriptor\n")
os.close(fd)
with open(path) as f:
    print(f.read(), end="")
os.remove(path)

with tempfile.NamedTemporaryFile("w+", suffix=".csv") as f:
    print(os.path.exists(f.name), f.name.endswith(".csv"), f.mode)
    f.write("a,b\n1,2\n")
    f.seek(0)
    print(f.read().splitlines())
    kept = f.name
print(os.path.exists(kept))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"stays")
f.close()
print(open(f.name, "rb").read())
os.unlink(f.name)

with tempfile.TemporaryFile() as f:
    f.write(b"no name on disk")
    f.seek(0)
    print(f.read(), isinstance(f.name, int))
with tempfile.TemporaryFile("w+") as f:
    f.write("text too")
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory() as root:
    src = os.path.join(root, "src")
    os.makedirs(os.path.join(src, "sub"))
    for rel, text in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    dst = shutil.copy(os.path.join(src, "a.txt"), root)
    print(os.path.relpath(dst, root), open(dst).read())
    print(os.path.relpath(shutil.copyfile(os.path.join(src, "b.log"), os.path.join(root, "b.copy")), root))
    shutil.copytree(src, os.path.join(root, "backup"), ignore=shutil.ignore_patterns("*.log"))
    for where, dirs, files in os.walk(os.path.join(root, "backup")):
        print(os.path.relpath(where, root), sorted(dirs), sorted(files))
    moved = shutil.move(os.path.join(root, "b.copy"), os.path.join(root, "backup"))
    print(os.path.relpath(moved, root))
    shutil.rmtree(src)
    print(sorted(os.listdir(root)))
    for bad in (lambda: shutil.rmtree(src), lambda: shutil.rmtree(dst),
                lambda: shutil.copyfile(dst, dst), lambda: shutil.copytree(os.path.join(root, "backup"), os.path.join(root, "backup")),
                lambda: shutil.move(os.path.join(root, "a.txt"), os.path.join(root, "backup")) or shutil.copy(os.path.join(root, "backup", "a.txt"), root) and shutil.move(os.path.join(root, "a.txt"), os.path.join(root, "backup"))):
        try:
            bad()
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, str(e).replace(root, "ROOT"))
    shutil.rmtree(src, ignore_errors=True)
print(os.path.exists(root))

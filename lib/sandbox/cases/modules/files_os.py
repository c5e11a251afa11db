# os on files and directories: mkdir/makedirs, listdir, walk, scandir, stat, rename/replace, remove, errors
import contextlib
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    start = os.getcwd()
    with contextlib.chdir(tmp):
        print(os.getcwd() == tmp, os.listdir("."), os.listdir())
        os.mkdir("docs")
        os.makedirs("src/pkg/sub")
        os.makedirs("src/pkg", exist_ok=True)
        for name, text in [("docs/readme.md", "# hi\n"), ("src/main.py", "print(1)\n"),
                           ("src/pkg/__init__.py", ""), ("src/pkg/sub/mod.py", "x = 1\n" * 10)]:
            with open(name, "w") as f:
                f.write(text)
        print(sorted(os.listdir(".")), sorted(os.listdir("src")))
        for root, dirs, files in os.walk("."):
            dirs.sort()
            print(root, dirs, sorted(files))
        for root, dirs, files in os.walk("src", topdown=False):
            print(root, sorted(dirs), sorted(files))
        with os.scandir("src") as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                print(entry, entry.name, entry.path, entry.is_dir(), entry.is_file())
        print(os.stat("src/pkg/sub/mod.py").st_size, os.path.getsize("docs/readme.md"))
        print(os.path.exists("src"), os.path.isdir("src"), os.path.isfile("src"),
              os.path.isfile("src/main.py"), os.path.exists("nope"), os.path.isdir("nope"))
        print(os.path.abspath("src/main.py") == os.path.join(tmp, "src", "main.py"))
        print(os.path.relpath(os.path.join(tmp, "src/pkg"), tmp))

        os.rename("docs/readme.md", "README.md")
        os.replace("src/main.py", "README.md")
        print(sorted(os.listdir(".")), open("README.md").read().strip())
        os.rename("docs", "documentation")
        print(sorted(os.listdir(".")))
        os.remove("README.md")
        os.rmdir("documentation")
        print(sorted(os.listdir(".")))

        with open("file.txt", "w") as f:
            f.write("x")
        failing = [
            (os.mkdir, "src"), (os.makedirs, "src/pkg"), (os.rmdir, "src"), (os.rmdir, "file.txt"),
            (os.rmdir, "nope"), (os.remove, "src"), (os.remove, "nope"), (os.unlink, "nope/x"),
            (os.listdir, "nope"), (os.listdir, "file.txt"), (os.chdir, "nope"), (os.chdir, "file.txt"),
            (os.stat, "nope"), (os.path.getsize, "nope"), (os.mkdir, "nope/deeper"),
            (os.mkdir, "file.txt/sub"), (os.scandir, "nope"),
        ]
        for func, arg in failing:
            try:
                func(arg)
            except OSError as e:
                print(func.__name__, type(e).__name__, e.errno, e.filename, e)
        for src, dst in [("nope", "x"), ("src", "file.txt"), ("file.txt", "src"), ("src", "src/pkg/inside")]:
            try:
                os.rename(src, dst)
            except OSError as e:
                print("rename", type(e).__name__, e)
        os.makedirs("a/b/c")
        os.removedirs("a/b/c")
        print(os.path.exists("a"))
        os.remove("file.txt")
        with contextlib.chdir("src"):
            print(os.path.basename(os.getcwd()), sorted(os.listdir()))
        print(os.getcwd() == tmp)
    print(os.getcwd() == start)
print(os.path.exists(tmp))

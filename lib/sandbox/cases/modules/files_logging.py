# logging to files: basicConfig(filename=...) and a FileHandler, read back from the in-memory tree
import logging, os, tempfile
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    logging.basicConfig(filename="app.log", level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    log = logging.getLogger("demo")
    log.info("started")
    log.warning("disk at %d%%", 91)
    h = logging.FileHandler("other.log", mode="w")
    log.addHandler(h)
    log.error("both")
    h.close()
    print(open("app.log").read(), end="")
    print(repr(open("other.log").read()))
    logging.shutdown()
    os.chdir("/")

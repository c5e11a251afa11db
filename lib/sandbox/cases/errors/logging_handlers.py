# logging: hierarchy and propagation, levels, %/{}/$ formats, filters, extra, adapters, exception tracebacks, stack_info, the last-resort handler on stderr, basicConfig once and with force
import io
import logging
import re
import sys

print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("INFO"))
root = logging.getLogger()
print(root, root is logging.getLogger("root"), logging.getLogger("app") is logging.getLogger("app"))

# no handler anywhere: the last resort prints WARNING and above, bare message, to stderr
quiet = logging.getLogger("quiet")
quiet.info("not shown")
quiet.warning("last resort %d", 1)

stream = io.StringIO()
app = logging.getLogger("app")
child = logging.getLogger("app.db.pool")
mid = logging.getLogger("app.db")
print(child.parent.name, mid.parent.name, app.parent is root)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(funcName)s:%(lineno)d|%(module)s|%(message)s"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
print(app, child, handler)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))


def work(n):
    child.debug("working on %s", n)
    child.info("values %(a)s and %(b)s", {"a": 1, "b": 2})


work(3)
mid.propagate = False
child.error("not propagated past app.db (it has no handler)")
mid.propagate = True

brace = logging.StreamHandler(stream)
brace.setFormatter(logging.Formatter("{levelname}/{name}: {message} [{user}]", style="{"))
brace.setLevel(logging.WARNING)
mid.addHandler(brace)
child.warning("disk at %d%%", 91, extra={"user": "ana"})
child.info("below the handler's level", extra={"user": "bo"})
print(repr(stream.getvalue()))

dollar = logging.Formatter("$levelname $name ${message}", style="$")
rec = logging.LogRecord("x.y", logging.ERROR, "/srv/app/jobs.py", 42, "failed %s", ("now",), None, "run")
print(dollar.format(rec), rec.filename, rec.module, rec.getMessage())
print(rec)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


handler.addFilter(OnlyOdd())
for i in range(4):
    app.info("number %d", i)
handler.filters.clear()
handler.addFilter(logging.Filter("app.db"))
app.info("from app: filtered out")
child.info("from app.db.pool: let through")
handler.filters.clear()

handler.setStream(sys.stderr)  # tracebacks go to stderr, where paths are normalised
try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed")
app.error("with exc_info=False", exc_info=False)
try:
    1 / 0
except ZeroDivisionError as e:
    app.warning("caught %s", type(e).__name__, exc_info=e)



def deep():
    app.info("where am I", stack_info=True)


def outer():
    deep()


outer()
handler.setStream(sys.stdout)
adapter = logging.LoggerAdapter(app, {"req": 7})
handler.setFormatter(logging.Formatter("%(name)s req=%(req)s %(message)s"))
adapter.info("through an adapter")
print(adapter)

handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
logging.disable(logging.INFO)
app.info("disabled")
app.warning("still on")
logging.disable(logging.NOTSET)

try:
    app.setLevel("LOUD")
except ValueError as e:
    print(e)
try:
    child.info("x", extra={"message": 1})
except KeyError as e:
    print(e)

app.removeHandler(handler)
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.basicConfig(level=logging.DEBUG)  # ignored: root has a handler already
logging.info("root info")
logging.debug("root debug: not shown")
logging.getLogger("app").info("app through root")
timed = logging.Formatter("%(asctime)s %(message)s")
line = timed.format(logging.makeLogRecord({"msg": "stamp", "created": 1_700_000_000.25, "msecs": 250.0}))
print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,250 stamp", line)))
print(logging.makeLogRecord({"msg": "m", "levelno": 5}).levelno)
logging.basicConfig(format="%(message)s!", stream=sys.stdout, force=True)
logging.warning("forced %s", "config")

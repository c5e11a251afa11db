# logging from threads (threadName in the format), stacklevel, basicConfig to stdout
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(threadName)s %(processName)s %(levelname)s %(message)s")
log = logging.getLogger("workers")


def job(n):
    for i in range(2):
        log.debug("job %d step %d", n, i)


threads = [threading.Thread(target=job, args=(n,), name=f"w{n}") for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()


log.warning("caller one level up", stacklevel=1)
logging.getLogger("workers.sub").critical("critical %s", "stop")
print(log.hasHandlers(), logging.getLogger("workers.sub").getChild("x").name)

# concurrent.futures for the sandbox: the names of _base, thread and process in one namespace,
# as CPython's package exports them. The code is the sandbox's own.
from concurrent.futures._base import *
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool

# asyncio.exceptions for the sandbox. CancelledError and InvalidStateError are made natively
# (modules/asyncio-core.ts) so the loop can raise them; since 3.11 asyncio.TimeoutError is the
# builtin TimeoutError. The code is the sandbox's own.
from _asyncio_core import CancelledError, InvalidStateError

TimeoutError = TimeoutError

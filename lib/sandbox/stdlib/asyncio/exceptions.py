# asyncio.exceptions for the sandbox. CancelledError and InvalidStateError are created natively
# (modules/asyncio-core.ts) so the loop can raise them; TimeoutError is the builtin in 3.11.
from _asyncio_core import CancelledError, InvalidStateError

TimeoutError = TimeoutError

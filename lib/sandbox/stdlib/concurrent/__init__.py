# The concurrent package: only concurrent.futures lives here. The code is the sandbox's own.

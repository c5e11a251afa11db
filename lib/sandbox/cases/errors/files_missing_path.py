# reading a file that does not exist through pathlib: the traceback passes through pathlib's read_text and open
from pathlib import Path

print(Path("no-such-dir/settings.toml").exists())
Path("no-such-dir/settings.toml").read_text()

# X | Y unions compare and hash as sets of members, and equal typing.Union/Optional of the same members
from typing import Optional, Union
print(Optional[str] == Union[str, None])
print((str | None) == Optional[str], Optional[str] == (str | None))
print((int | str) == (str | int), (int | str) == (int | float))
print(Union[int, str] == (str | int), (int | str) != Union[int, str])
print(hash(int | str) == hash(str | int))
print({int | str: 1}.get(str | int))

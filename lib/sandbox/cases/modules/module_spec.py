# a standard-library module knows its file and spec (paths differ by machine, so only their ends print)
import json, json.decoder, threading, asyncio

for m in (json, json.decoder, threading, asyncio):
    print(m.__name__, m.__file__.split("python3.11/")[-1].split("<stdlib>/")[-1], m.__spec__.name, repr(m.__package__), m.__spec__.parent)
    print(m.__spec__.origin == m.__file__, m.__spec__.submodule_search_locations is None, hasattr(m, "__path__"))
print(__spec__, __package__)

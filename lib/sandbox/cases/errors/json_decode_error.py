# errors: an uncaught json.JSONDecodeError goes through json/__init__.py and json/decoder.py frames
import io
import json

config = json.loads('{"debug": true}')
print(config)
with io.StringIO('{"a": [1, 2,]}') as fp:
    json.load(fp)

# errors: json.dumps of an object it cannot serialise raises TypeError from JSONEncoder.default
import json

print(json.dumps({"ok": [1, 2]}))
json.dumps({"when": {1, 2}})

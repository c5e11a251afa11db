# json.dump/json.load, pickle.dump/load and print() through files of the in-memory tree
import json
import os
import pickle
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    config = {"name": "demo", "tags": ["a", "b"], "limits": {"cpu": 2, "ratio": 0.5}, "on": True}
    with open("config.json", "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
    with open("config.json") as f:
        print(f.read())
    with open("config.json") as f:
        print(json.load(f) == config)
    with open("lines.jsonl", "w") as f:
        for i in range(3):
            f.write(json.dumps({"i": i, "sq": i * i}) + "\n")
    with open("lines.jsonl") as f:
        print([json.loads(line)["sq"] for line in f])
    with open("data.pkl", "wb") as f:
        pickle.dump({"xs": [1, 2, 3], "t": (1, "two")}, f)
    with open("data.pkl", "rb") as f:
        print(pickle.load(f))
    with open("report.txt", "w") as f:
        for name, score in [("ada", 91), ("grace", 88)]:
            print(f"{name:<6}{score:>4}", file=f)
    print(open("report.txt").read(), end="")
    try:
        with open("config.json") as f:
            f.read(5)
            json.load(f)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
    os.chdir("/")

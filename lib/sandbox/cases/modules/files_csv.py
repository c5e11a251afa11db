# csv through files: writer/reader with quoting, DictWriter/DictReader, dialects, and their errors
import csv
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    rows = [["name", "city", "note"], ["Ada", "London", "said \"hi\""], ["Grace", "New York, NY", ""],
            ["Linus", "Helsinki", "two\nlines"], [1, 2.5, None]]
    with open("people.csv", "w", newline="") as f:
        w = csv.writer(f)
        print(w.writerow(rows[0]))
        w.writerows(rows[1:])
    print(repr(open("people.csv", newline="").read()))
    with open("people.csv", newline="") as f:
        r = csv.reader(f)
        for row in r:
            print(r.line_num, row)

    with open("scores.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "score", "grade"], restval="?")
        w.writeheader()
        w.writerows([{"name": "ada", "score": 91}, {"name": "grace", "score": 88, "grade": "B"}])
        try:
            w.writerow({"name": "x", "age": 3})
        except ValueError as e:
            print("ValueError", e)
    with open("scores.csv", newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        for record in reader:
            print(record)
    with open("scores.csv", newline="") as f:
        print(sum(int(rec["score"]) for rec in csv.DictReader(f)))

    with open("tabs.tsv", "w", newline="") as f:
        csv.writer(f, dialect="excel-tab").writerow(["a b", "c\td", "e"])
        csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL).writerow(["x", 1])
        csv.writer(f, quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1, 2.0, True])
        csv.writer(f, lineterminator="\n").writerow([""])
        csv.writer(f, lineterminator="\n").writerow([])
    print(repr(open("tabs.tsv", newline="").read()))

buf = io.StringIO("a, b,c\n\n\"q\"\"uote\",\"x\"y,z\n1,\"2\",3\n")
print(list(csv.reader(buf, skipinitialspace=True)))
print(list(csv.reader(["1,'a,b'", "2.5,x"], quotechar="'", quoting=csv.QUOTE_NONNUMERIC)[:1]) if False else list(csv.reader(["3,'a,b'", "2.5,'x'"], quotechar="'", quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.DictReader(["k,v", "1", "2,3,4", ""], restkey="rest", restval="none")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "c"])
print(repr(out.getvalue()), sorted(csv.list_dialects()))
for bad in (lambda: csv.get_dialect("nope"), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: list(csv.reader([b"a,b"])), lambda: csv.writer(io.StringIO(), delimiter="::"),
            lambda: list(csv.reader(['"open'], strict=True))):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

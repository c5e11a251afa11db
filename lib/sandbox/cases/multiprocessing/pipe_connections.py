import multiprocessing as mp
import threading
import time

parent, child = mp.Pipe()
parent.send("hi")
print(child.recv())
child.send({"n": [1, 2]})
print(parent.recv(), parent.poll(), child.poll())
child.send_bytes(b"abcdef", 1, 3)
print(parent.poll(), parent.recv_bytes())
print(parent.readable, parent.writable, parent.closed)

r, w = mp.Pipe(duplex=False)
print(r.readable, r.writable, w.readable, w.writable)
try:
    r.send(1)
except OSError as e:
    print("OSError:", e)
try:
    w.recv()
except OSError as e:
    print("OSError:", e)
w.send(1)
w.send(2)
w.close()
print(w.closed, r.recv(), r.recv(), r.poll())
try:
    r.recv()
except EOFError as e:
    print("EOFError", repr(e))
try:
    w.send(3)
except OSError as e:
    print("OSError:", e)


def producer(conn, n):
    for i in range(n):
        time.sleep(0.01)
        conn.send(i * i)
    conn.send(None)
    conn.close()


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=producer, args=(b, 4))
    p.start()
    got = []
    while (x := a.recv()) is not None:
        got.append(x)
    p.join()
    print("from process:", got, p.exitcode)

    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for word in ["ping", "pong"]:
        a.send(word)
        print("echo:", a.recv())
    a.send(None)
    p.join()
    print(a.poll())
    try:
        a.recv()
    except EOFError:
        print("EOFError after the child closed its end")

    a, b = mp.Pipe()
    print("poll before:", a.poll(0.05))
    t = threading.Thread(target=producer, args=(b, 2))
    t.start()
    print("poll wait:", a.poll(None), a.recv(), a.recv(), a.recv())
    t.join()
    print("poll at eof:", a.poll())

    r, w = mp.Pipe(False)
    results = []
    readers = [threading.Thread(target=lambda: results.append(r.recv())) for _ in range(2)]
    for th in readers:
        th.start()
    time.sleep(0.05)
    w.send("x")
    w.send("y")
    for th in readers:
        th.join()
    print(sorted(results))
    with mp.Pipe()[0] as c:
        pass
    print(c.closed)

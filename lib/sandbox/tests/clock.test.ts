// The virtual clock as a running thread reads it: every read sees the instructions the thread has
// executed up to that point, wherever the read comes from (a direct call, a property, a callback
// run by native code), in threads, tasks and child processes. One instruction costs 1 µs here so
// the figures are easy to check.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";

const US = 1e-6;
const run = (src: string) => {
  const r = runProgram(src, { costPerInstructionSeconds: US });
  expect(r.stderr).toBe("");
  return r.stdout.trim().split("\n");
};

describe("honest clock", () => {
  it("advances by exactly the instructions between two reads", () => {
    const [a, b] = run(`
import time
t0 = time.perf_counter()
t1 = time.perf_counter()
for i in range(1000):
    pass
t2 = time.perf_counter()
print(round((t1 - t0) * 1e6))
print(round((t2 - t1) * 1e6))
`);
    // t1 - t0: STORE_NAME t0, then LOAD_NAME time, LOAD_METHOD perf_counter and the CALL_METHOD
    // that reads (plus the 1 ns every read adds)
    expect(Number(a)).toBe(4);
    // 1000 iterations of FOR_ITER, STORE_NAME, JUMP_BACKWARD, then the loop exit and the read
    expect(Number(b)).toBeGreaterThanOrEqual(3000);
    expect(Number(b)).toBeLessThan(3010);
  });

  it("is the same clock whether read directly, from a property, a sort key, a map callback or __eq__", () => {
    const lines = run(`
import time
class Clock:
    @property
    def now(self):
        return time.perf_counter()
    def __eq__(self, other):
        seen.append(time.perf_counter())
        return True
seen = []
c = Clock()
def spin():
    for i in range(2000):
        pass
start = time.perf_counter(); spin(); print(c.now - start > 0.006)
start = time.perf_counter(); spin(); print(sorted([1], key=lambda x: time.perf_counter())[0] > 0 and time.perf_counter() - start > 0.006)
start = time.perf_counter(); spin(); print(list(map(lambda x: time.perf_counter(), [0]))[0] - start > 0.006)
start = time.perf_counter(); spin(); c == 1; print(seen[-1] - start > 0.006)
start = time.monotonic(); spin(); print(time.monotonic() - start > 0.006, time.time() > 1.7e9)
`);
    expect(lines).toEqual(["True", "True", "True", "True", "True True"]);
  });

  it("starts a sleep at the thread's own time, so the measured sleep is never shorter", () => {
    const [slept] = run(`
import time
t0 = time.perf_counter()
for i in range(3000):
    pass
time.sleep(0.1)
print(round(time.perf_counter() - t0, 4))
`);
    expect(Number(slept)).toBeGreaterThanOrEqual(0.109);
  });

  it("gives each thread its own CPU clock and the process the sum", () => {
    const lines = run(`
import threading, time
cpu = {}
def work(name, n):
    c0 = time.thread_time()
    for i in range(n):
        pass
    cpu[name] = time.thread_time() - c0
p0 = time.process_time()
ts = [threading.Thread(target=work, args=("a", 1000)), threading.Thread(target=work, args=("b", 4000))]
for t in ts: t.start()
for t in ts: t.join()
print(round(cpu["b"] / cpu["a"], 1))
print(time.process_time() - p0 > cpu["a"] + cpu["b"])
`);
    expect(Number(lines[0])).toBeGreaterThan(3.8);
    expect(Number(lines[0])).toBeLessThan(4.2);
    expect(lines[1]).toBe("True");
  });

  it("reads a forked child's own clock through the module it inherited", () => {
    const lines = run(`
import multiprocessing as mp, time
def child(q):
    t0 = time.perf_counter()
    for i in range(2000):
        pass
    q.put(time.perf_counter() - t0)
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get() > 0.006)
    p.join()
`);
    expect(lines).toEqual(["True"]);
  });

  it("advances inside an asyncio task between awaits", () => {
    const lines = run(`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for i in range(2000):
        pass
    print(loop.time() - t0 > 0.006)
asyncio.run(main())
`);
    expect(lines).toEqual(["True"]);
  });
});

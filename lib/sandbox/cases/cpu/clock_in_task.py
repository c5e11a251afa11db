# cpu: inside asyncio tasks, perf_counter and loop.time() advance with the task's own CPU work between awaits
import asyncio
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


async def worker(name, results):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    spin(2_000)
    small = loop.time() - t0
    await asyncio.sleep(0)
    p0 = time.perf_counter()
    spin(200_000)
    big = time.perf_counter() - p0
    results[name] = (small, big)


async def main():
    results = {}
    await asyncio.gather(worker("first", results), worker("second", results))
    for name, (small, big) in results.items():
        print(f"{name}: small > 0 {small > 0}, big is 20x-500x small {20 * small < big < 500 * small}")
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.05)
    slept = loop.time() - start
    print("a 50 ms sleep lasts at least 50 ms:", slept >= 0.05)
    start = loop.time()
    spin(100_000)
    await asyncio.sleep(0.01)
    print("work then a 10 ms sleep lasts longer than the sleep:", loop.time() - start > 0.0105)


asyncio.run(main())

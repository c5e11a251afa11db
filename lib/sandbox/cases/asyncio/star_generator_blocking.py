# a generator unpacked with * (gather(*(...)), f(*gen), [*gen]) may block inside: starting a
# process pool's workers, sleeping; other threads run meanwhile
import asyncio, threading, time
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, square, n) for n in (3, 4, 5)))
    print(results)


asyncio.run(main())

events = []
ticker = threading.Thread(target=lambda: [events.append("tick") or time.sleep(0.1) for _ in range(3)])
ticker.start()


def slow():
    for i in range(3):
        time.sleep(0.1)
        events.append(f"item {i}")
        yield i


print(max(*slow()), [*slow()])
ticker.join()
print(events.count("tick"), sorted(events)[:2])

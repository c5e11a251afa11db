# modules: tracemalloc's snapshots: statistics by line and by file, compare_to with what grew and what was freed, and Statistic/StatisticDiff printed as CPython prints them
import tracemalloc

# keep CPython's list free list empty, so the lists below are new allocations there too
spare = [[] for _ in range(200)]

tracemalloc.start()
words = [f'word{i:04d}' * 2 for i in range(1000)]
first = tracemalloc.take_snapshot()
rows = [[i * 7 + 1, i * 7 + 2] for i in range(50_000, 53_000)]
del words
second = tracemalloc.take_snapshot()

def show(stat):
    # CPython's traces name the script by its absolute path
    print(str(stat).replace(__file__, 'main.py'))


for stat in second.compare_to(first, 'lineno')[:2]:
    show(stat)
top = second.statistics('lineno')[0]
print(top.size, top.count, top.traceback[0].lineno, top.traceback[0].filename == __file__)
show(second.compare_to(first, 'filename')[0])
print(len(first.traces) > 1000, tracemalloc.is_tracing())
current, peak = tracemalloc.get_traced_memory()
print(peak >= current > 400_000)
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print(current == peak)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())

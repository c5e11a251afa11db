# cpu: CPU-bound work split over threads gives the same results as running it sequentially
import threading

def sum_squares(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i * i
    return total

N = 400_000
sequential = sum_squares(0, N)
parts = [0] * 4
def part(k):
    parts[k] = sum_squares(k * N // 4, (k + 1) * N // 4)

threads = [threading.Thread(target=part, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sequential:", sequential)
print("threaded:  ", sum(parts), parts)
print("same:", sequential == sum(parts), "formula:", (N - 1) * N * (2 * N - 1) // 6)

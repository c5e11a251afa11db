# cpu: splitting a sum over processes with Pool gives the sequential answer
import multiprocessing as mp

def chunk_sum(bounds):
    lo, hi = bounds
    return sum(i * i for i in range(lo, hi))

if __name__ == "__main__":
    N = 200_000
    chunks = [(k * N // 4, (k + 1) * N // 4) for k in range(4)]
    with mp.Pool(2) as pool:
        parts = pool.map(chunk_sum, chunks)
    print(parts)
    print(sum(parts), sum(parts) == chunk_sum((0, N)))

// A binary min-heap (heapq semantics: sift with a strict less-than, not FIFO on ties).
export class Heap<T> {
  items: T[] = [];
  constructor(private less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(x: T): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      // CPython's heapq: sift the hole down to a leaf, then sift up (same result order as _siftup)
      let i = 0;
      const n = a.length;
      const item = a[0]!;
      let child = 2 * i + 1;
      while (child < n) {
        const right = child + 1;
        if (right < n && !this.less(a[child]!, a[right]!)) child = right;
        a[i] = a[child]!;
        i = child;
        child = 2 * i + 1;
      }
      a[i] = item;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.less(a[i]!, a[p]!)) break;
        [a[i], a[p]] = [a[p]!, a[i]!];
        i = p;
      }
    }
    return top;
  }
  /** heapify after bulk removal (used when many cancelled timers are purged) */
  rebuild(keep: (x: T) => boolean): void {
    const old = this.items.filter(keep);
    this.items = [];
    for (const x of old) this.push(x);
  }
}

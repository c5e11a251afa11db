// Ring-buffer deque: O(1) push/shift at both ends (the asyncio ready queue, GIL waiters).
export class Deque<T> {
  private buf: (T | undefined)[] = new Array(16);
  private head = 0;
  length = 0;
  push(x: T): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = x;
    this.length++;
  }
  unshift(x: T): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = x;
    this.length++;
  }
  shift(): T | undefined {
    if (this.length === 0) return undefined;
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return x;
  }
  peek(): T | undefined {
    return this.length ? this.buf[this.head] : undefined;
  }
  remove(x: T): boolean {
    const arr = this.toArray();
    const i = arr.indexOf(x);
    if (i < 0) return false;
    arr.splice(i, 1);
    this.buf = new Array(this.buf.length);
    this.head = 0;
    this.length = 0;
    for (const y of arr) this.push(y);
    return true;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.buf[(this.head + i) & (this.buf.length - 1)]!);
    return out;
  }
  private grow(): void {
    const arr = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    this.head = 0;
    for (let i = 0; i < arr.length; i++) this.buf[i] = arr[i];
  }
}

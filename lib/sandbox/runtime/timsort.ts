// list.sort as CPython 3.11 runs it (Objects/listobject.c listsort): the same algorithm makes the
// same `<` comparisons in the same order, so a comparison that raises (or prints) does so for the
// same pair, and a sort that fails part-way leaves the list in the same order.
//
// Timsort with 3.11's powersort merge policy: runs found by count_run (strictly descending runs
// are reversed), short runs extended to minrun by binary insertion, each new run merged with the
// pending ones by the powersort "power" of its boundary, merges trimmed by galloping searches and
// done by merge_lo/merge_hi with galloping mode (min_gallop starting at 7). `keys` is what is
// compared; `values`, when a key function was given, moves along with it.

const MIN_GALLOP = 7;

type Run = { base: number; len: number; power: number };

export class TimSort {
  private minGallop = MIN_GALLOP;
  private pending: Run[] = [];
  private tmpKeys: unknown[] = [];
  private tmpValues: unknown[] = [];

  constructor(
    private keys: unknown[],
    private values: unknown[] | null,
    private lt: (a: unknown, b: unknown) => boolean,
  ) {}

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      let run = this.countRun(lo, lo + remaining);
      if (run < 0) {
        run = -run;
        this.reverse(lo, lo + run);
      }
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + run);
        run = force;
      }
      this.foundNewRun(run, n);
      this.pending.push({ base: lo, len: run, power: 0 });
      lo += run;
      remaining -= run;
    } while (remaining > 0);
    this.forceCollapse();
  }

  /** the length of the run at lo: negative when it is strictly descending */
  private countRun(lo: number, hi: number): number {
    const k = this.keys;
    if (lo + 1 === hi) return 1;
    let n = 2;
    if (this.lt(k[lo + 1], k[lo])) {
      for (let i = lo + 2; i < hi && this.lt(k[i], k[i - 1]); i++) n++;
      return -n;
    }
    for (let i = lo + 2; i < hi && !this.lt(k[i], k[i - 1]); i++) n++;
    return n;
  }

  private reverse(lo: number, hi: number): void {
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      this.swap(i, j);
    }
  }

  private swap(i: number, j: number): void {
    const k = this.keys;
    const t = k[i];
    k[i] = k[j];
    k[j] = t;
    const v = this.values;
    if (v !== null) {
      const u = v[i];
      v[i] = v[j];
      v[j] = u;
    }
  }

  /** binary insertion of [start, hi) into the sorted [lo, start) */
  private binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.values;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) k[p] = k[p - 1];
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        for (let p = start; p > l; p--) v[p] = v[p - 1];
        v[l] = pv;
      }
    }
  }

  /** powersort: merge pending runs whose boundary power exceeds the new run's */
  private foundNewRun(n2: number, listLen: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const last = p[p.length - 1]!;
    const power = powerloop(last.base, last.len, n2, listLen);
    while (p.length > 1 && p[p.length - 2]!.power > power) this.mergeAt(p.length - 2);
    p[p.length - 1]!.power = power;
  }

  private forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
      this.mergeAt(n);
    }
  }

  private mergeAt(i: number): void {
    const p = this.pending;
    const a = p[i]!;
    const b = p[i + 1]!;
    let pa = a.base;
    let na = a.len;
    const pb = b.base;
    let nb = b.len;
    a.len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2]!;
    p.pop();
    const k = this.keys;
    // where b starts in a, and where a ends in b: the rest is already in place
    const skip = this.gallopRight(k[pb], pa, na, 0);
    pa += skip;
    na -= skip;
    if (na === 0) return;
    nb = this.gallopLeft(k[pa + na - 1], pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** the leftmost place in keys[a, a+n) for key (hint: where to start looking) */
  private gallopLeft(key: unknown, a: number, n: number, hint: number): number {
    const k = this.keys;
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(k[a + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(k[a + hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(k[a + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(k[a + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** the rightmost place in keys[a, a+n) for key; `keys` may be the merge's temp array */
  private gallopRight(key: unknown, a: number, n: number, hint: number, k: unknown[] = this.keys): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(key, k[a + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, k[a + hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, k[a + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, k[a + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** gallopLeft over an arbitrary array (the merge's temp copy) */
  private gallopLeftIn(key: unknown, arr: unknown[], a: number, n: number, hint: number): number {
    const saved = this.keys;
    this.keys = arr;
    try {
      return this.gallopLeft(key, a, n, hint);
    } finally {
      this.keys = saved;
    }
  }

  /** copy [from, from+n) of (srcK, srcV) to [to, to+n) of (dstK, dstV), front to back or back to front */
  private move(srcK: unknown[], srcV: unknown[] | null, from: number, dstK: unknown[], dstV: unknown[] | null, to: number, n: number): void {
    if (to <= from || srcK !== dstK) {
      for (let i = 0; i < n; i++) dstK[to + i] = srcK[from + i];
      if (srcV !== null && dstV !== null) for (let i = 0; i < n; i++) dstV[to + i] = srcV[from + i];
    } else {
      for (let i = n - 1; i >= 0; i--) dstK[to + i] = srcK[from + i];
      if (srcV !== null && dstV !== null) for (let i = n - 1; i >= 0; i--) dstV[to + i] = srcV[from + i];
    }
  }

  /** merge the runs [pa, pa+na) and [pb, pb+nb) (na <= nb), a copied out to the temp array */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const K = this.keys;
    const V = this.values;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    this.move(K, V, pa, tk, V === null ? null : tv, 0, na);
    let dest = pa;
    let a = 0; // into the temp copy of run a
    let b = pb;
    const copyB = (): void => {
      K[dest] = K[b];
      if (V !== null) V[dest] = V[b];
      dest++;
      b++;
    };
    const copyA = (): void => {
      K[dest] = tk[a];
      if (V !== null) V[dest] = tv[a];
      dest++;
      a++;
    };
    let failed = true;
    try {
      copyB();
      nb--;
      if (nb === 0) {
        failed = false;
        return;
      }
      if (na === 1) {
        this.finishLoCopyB(dest, a, b, nb);
        na = 0;
        failed = false;
        return;
      }
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(K[b], tk[a])) {
            copyB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) break outer;
            if (bcount >= minGallop) break;
          } else {
            copyA();
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              this.finishLoCopyB(dest, a, b, nb);
              na = 0;
              failed = false;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[b], a, na, 0, tk);
          acount = k;
          if (k) {
            this.move(tk, V === null ? null : tv, a, K, V, dest, k);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              this.finishLoCopyB(dest, a, b, nb);
              na = 0;
              failed = false;
              return;
            }
            if (na === 0) break outer;
          }
          copyB();
          nb--;
          if (nb === 0) break outer;
          k = this.gallopLeft(tk[a], b, nb, 0);
          bcount = k;
          if (k) {
            this.move(K, V, b, K, V, dest, k);
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) break outer;
          }
          copyA();
          na--;
          if (na === 1) {
            this.finishLoCopyB(dest, a, b, nb);
            na = 0;
            failed = false;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
      failed = false;
    } finally {
      // success or a raising comparison: what is left of a goes back, so no element is lost
      if (na > 0) this.move(tk, V === null ? null : tv, a, K, V, dest, na);
      void failed;
    }
  }

  /** merge_lo's CopyB: the rest of b, then the one element left of a at the end */
  private finishLoCopyB(dest: number, a: number, b: number, nb: number): void {
    const K = this.keys;
    const V = this.values;
    this.move(K, V, b, K, V, dest, nb);
    K[dest + nb] = this.tmpKeys[a];
    if (V !== null) V[dest + nb] = this.tmpValues[a];
  }

  /** merge the runs [pa, pa+na) and [pb, pb+nb) (na > nb) from the high end, b copied out */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const K = this.keys;
    const V = this.values;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    this.move(K, V, pb, tk, V === null ? null : tv, 0, nb);
    let dest = pb + nb - 1;
    let a = pa + na - 1; // last of run a, in place
    let b = nb - 1; // last of run b, in the temp copy
    const copyA = (): void => {
      K[dest] = K[a];
      if (V !== null) V[dest] = V[a];
      dest--;
      a--;
    };
    const copyB = (): void => {
      K[dest] = tk[b];
      if (V !== null) V[dest] = tv[b];
      dest--;
      b--;
    };
    const finishCopyA = (): void => {
      // CopyA: the rest of a slides up, then b's one element goes in front
      this.move(K, V, a - na + 1, K, V, dest - na + 1, na);
      dest -= na;
      a -= na;
      K[dest] = tk[b];
      if (V !== null) V[dest] = tv[b];
    };
    try {
      copyA();
      na--;
      if (na === 0) return;
      if (nb === 1) {
        finishCopyA();
        nb = 0;
        return;
      }
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(tk[b], K[a])) {
            copyA();
            acount++;
            bcount = 0;
            na--;
            if (na === 0) break outer;
            if (acount >= minGallop) break;
          } else {
            copyB();
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              finishCopyA();
              nb = 0;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[b], pa, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            this.move(K, V, a + 1, K, V, dest + 1, k);
            na -= k;
            if (na === 0) break outer;
          }
          copyB();
          nb--;
          if (nb === 1) {
            finishCopyA();
            nb = 0;
            return;
          }
          k = this.gallopLeftIn(K[a], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            this.move(tk, V === null ? null : tv, b + 1, K, V, dest + 1, k);
            nb -= k;
            if (nb === 1) {
              finishCopyA();
              nb = 0;
              return;
            }
            if (nb === 0) break outer;
          }
          copyA();
          na--;
          if (na === 0) break outer;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // what is left of b goes back below dest
      if (nb > 0) this.move(tk, V === null ? null : tv, 0, K, V, dest - (nb - 1), nb);
    }
  }
}

/** CPython's merge_compute_minrun: n's top 6 bits, plus 1 if any lower bit is set */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

import { hashToUint32 } from "../hash-text";

// mulberry32: tiny, fast and good enough for shuffling a handful of options; Math.random would
// make the output unreproducible.
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each item gets its own stream from (seed, id), so an item's shuffle does not change when
// another item is added, removed or capped away.
export function createItemRandom(seed: number, itemId: string): () => number {
  return createRandom(hashToUint32(`${seed >>> 0}:${itemId}`));
}

// Returns the permutation: result[newPosition] = oldIndex (Fisher–Yates).
export function shufflePermutation(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
  return order;
}

// One text hash shared by the pure libraries: quiz item ids, question fingerprints, review card
// keys. Two independent 32-bit FNV-style lanes give 64 bits: stable across runs and platforms, no
// Node crypto (every caller stays pure). Ids only need to be unique within one answer's items,
// where 64 bits leave no practical room for collisions.
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return `${h1.toString(16).padStart(8, "0")}${(h2 >>> 0).toString(16).padStart(8, "0")}`;
}

export function hashToUint32(text: string): number {
  return Number.parseInt(hashText(text).slice(0, 8), 16) >>> 0;
}

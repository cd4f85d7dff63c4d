/** A stateless 32-bit hash of (seed, index, salt) → [0, 1): message i's fields come out the same on every run and call. */
export function unit(seed: number, index: number, salt: number): number {
  let h =
    (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
      Math.imul(index + 0x632be5ab, 0xc2b2ae35) ^
      Math.imul(salt, 0x27d4eb2f)) >>>
    0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Picks from weighted choices with a number in [0, 1). */
export function pick<T>(choices: readonly (readonly [T, number])[], r: number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = r * total;
  for (const [value, weight] of choices) {
    if (left < weight) return value;
    left -= weight;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new Error("pick needs at least one choice");
  return last[0];
}

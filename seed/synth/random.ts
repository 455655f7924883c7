/**
 * A small seeded PRNG for the data synthesiser. Every entity gets its own generator, seeded from
 * (seed, kind, number), so an entity's data depends only on the seed and its number, never on how
 * many random draws came before it (batch sizes and step order cannot change the output).
 */

/** 32-bit FNV-1a over the parts, then a murmur3 finaliser to spread nearby inputs apart. */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${typeof part}:${part}\u0000`;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** mulberry32: tiny, fast, and good enough for test data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly nextFloat: () => number;

  constructor(seed: number) {
    this.nextFloat = mulberry32(seed);
  }

  /** A generator for one entity: the same (seed, parts) always gives the same sequence. */
  static for(...parts: (string | number)[]): Random {
    return new Random(hashSeed(...parts));
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextFloat();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.nextFloat() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.nextFloat() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from an empty list");
    return items[Math.floor(this.nextFloat() * items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.nextFloat() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  }
}

/** Picks values with the given relative weights: `weighted([["A", 3], ["B", 1]])` gives A three times as often. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative = entries.map(([value], index) => ({
    value,
    upTo: entries.slice(0, index + 1).reduce((sum, [, weight]) => sum + weight, 0) / total,
  }));
  return (random) => {
    const roll = random.next();
    return (cumulative.find((entry) => roll < entry.upTo) ?? cumulative[cumulative.length - 1]!).value;
  };
}

/**
 * Zipf–Mandelbrot ranks over `size` items: rank r is drawn with weight 1 / (r + shift)^exponent.
 * Sampling is a binary search over the cumulative weights.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
    shift = 0,
  ) {
    if (size < 1) throw new Error("A Zipf sampler needs at least one item");
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1 + shift, exponent);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank]! /= total;
  }

  /** A rank in [0, size). */
  sample(random: Random): number {
    const roll = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > roll) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** `count` distinct ranks (count must not exceed size). */
  sampleDistinct(random: Random, count: number): number[] {
    const ranks = new Set<number>();
    for (let attempts = 0; ranks.size < count && attempts < count * 20; attempts++) ranks.add(this.sample(random));
    // Heavily skewed weights can keep hitting the same ranks: fill up uniformly.
    while (ranks.size < count) ranks.add(random.int(0, this.size - 1));
    return [...ranks];
  }
}

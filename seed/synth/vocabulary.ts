/**
 * The marker words the synthesiser plants with known document frequencies, so a benchmark can
 * query a common, a rare and an absent word and a two-word phrase and know what to expect.
 * Kept free of imports: the benchmark imports this module alone.
 *
 * Each is a real English word that no other word of the synthetic text contains or starts with,
 * and that shares no stem with one (no "official" beside "officials"), so substring, whole-word,
 * prefix and stemmed search all find exactly the claims it was planted in (the test checks).
 */
export const SYNTH_QUERY_WORDS = {
  /** Planted in about half of the synthetic claims. */
  common: "officials",
  /** Planted in one synthetic claim in every thousand (0.1%). */
  rare: "tungsten",
  /** Never planted, and in no word the synthesiser writes (nor in the seed article). */
  absent: "xylophone",
  /**
   * Planted as this exact phrase in about 1% of synthetic claims; each of its words also occurs
   * on its own elsewhere (a few percent of claims), so a phrase query is more selective than both words.
   */
  phrase: "grain corridor",
} as const;

/** The share of synthetic claims each marker is planted in (claims the seed article brought are not counted). */
export const SYNTH_MARKER_RATES = {
  common: 0.5,
  rare: 0.001,
  absent: 0,
  phrase: 0.01,
} as const satisfies Record<keyof typeof SYNTH_QUERY_WORDS, number>;

/** The default `--seed`: the same seed and claim count always give the same data. */
export const DEFAULT_SYNTH_SEED = 20251126;

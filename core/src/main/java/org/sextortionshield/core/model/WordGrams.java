package org.sextortionshield.core.model;

/**
 * The letter n-gram keys of one word ({@link FeatureConfig#charMin()} to {@link FeatureConfig#charMax()} letters,
 * the word padded with boundary marks), as {@link FeatureVector#key}s of the characters block. The one definition
 * that extraction for training and explanation and the fast prediction both use.
 */
final class WordGrams {
  static final char WORD_START = '\u0002';
  static final char WORD_END = '\u0003';
  static final int SCRAMBLED_START = FeatureHash.scramble(WORD_START);
  static final int SCRAMBLED_END = FeatureHash.scramble(WORD_END);
  static final int CHARS_BLOCK = FeatureExtractor.Block.CHARS.ordinal();
  final int charMin;
  final int charMax;
  final int mask;

  WordGrams(FeatureConfig config) {
    this.charMin = config.charMin();
    this.charMax = config.charMax();
    this.mask = config.dimension() - 1;
  }

  /** At most this many keys for a word of {@code length} letters. */
  int room(int length) {
    return (length + 2) * (charMax - charMin + 1);
  }

  /** Scratch ints that {@link #keys} needs for a word of {@code length} letters. */
  static int scratch(int length) {
    return 2 * (length + 2);
  }

  /**
   * Writes the keys of the word {@code w[from, from + length)} into {@code out} from {@code at} (room for
   * {@link #room} keys), shortest n-grams first; returns where they end.
   *
   * @param scratch room for {@link #scratch} ints: each letter's half of the hash step (done once, though a letter
   *     takes part in up to charMax n-grams), and the hash so far of the n-gram at each start
   */
  int keys(char[] w, int from, int length, int[] scratch, int[] out, int at) {
    int len = length + 2;
    scratch[0] = SCRAMBLED_START;
    for (int p = 1; p < len - 1; p++) {
      scratch[p] = FeatureHash.scramble(w[from + p - 1]);
    }
    scratch[len - 1] = SCRAMBLED_END;
    // one length at a time: plain loops over the starts, without the branches of a loop per start
    int k = at;
    for (int n = 1; n <= charMax && n <= len; n++) {
      int starts = len - n + 1;
      for (int p = 0; p < starts; p++) {
        int h = n == 1 ? FeatureHash.CHARS : scratch[len + p];
        scratch[len + p] = FeatureHash.mixScrambled(h, scratch[p + n - 1]);
      }
      if (n >= charMin) {
        for (int p = 0; p < starts; p++) {
          out[k++] = FeatureVector.key(FeatureExtractor.Block.CHARS, FeatureHash.finish(scratch[len + p], n) & mask);
        }
      }
    }
    return k;
  }
}

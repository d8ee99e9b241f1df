package org.sextortionshield.core.model;

/**
 * MurmurHash3 (32-bit) steps over chars, with one seed per kind of feature so that the word "cam" and the letters
 * "cam" land in different buckets. Stable across JVMs and platforms: model files depend on it.
 */
final class FeatureHash {
  static final int WORD = 0x5bd1e995;
  static final int CHARS = 0x1b873593;
  static final int SIGNAL = 0x68e31da4;

  private FeatureHash() {}

  static int mix(int h, int k) {
    return mixScrambled(h, scramble(k));
  }

  /** The half of {@link #mix} that depends on the input alone, so a character used in many n-grams is done once. */
  static int scramble(int k) {
    k *= 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15);
    return k * 0x1b873593;
  }

  static int mixScrambled(int h, int scrambled) {
    h ^= scrambled;
    h = Integer.rotateLeft(h, 13);
    return h * 5 + 0xe6546b64;
  }

  static int finish(int h, int length) {
    h ^= length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  static int string(int seed, String s) {
    return finish(mixAll(seed, s), s.length());
  }

  /** {@code string(seed, first + " + " + second)}, without making that String. */
  static int pair(int seed, String first, String second) {
    return finish(mixAll(mixAll(mixAll(seed, first), " + "), second), first.length() + 3 + second.length());
  }

  private static int mixAll(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return h;
  }
}

package org.sextortionshield.core.indicator;

import java.util.Collection;

/**
 * One bit per key's hash, of 4096: asked before a map of a few dozen words, it tells most words of a text from the
 * keys by their hash, which a word's string keeps once worked out, with a branch that is nearly always the same
 * (a map lookup costs a hash spread, a table slot and often a chain to compare).
 */
public final class HashFilter {
  private final long[] bits = new long[64];

  private HashFilter() {}

  public static HashFilter of(Collection<String> keys) {
    HashFilter f = new HashFilter();
    for (String key : keys) {
      int h = key.hashCode();
      f.bits[(h >>> 6) & 63] |= 1L << h;
    }
    return f;
  }

  /** False when {@code word} is surely no key. */
  public boolean mayContain(String word) {
    int h = word.hashCode();
    return (bits[(h >>> 6) & 63] & 1L << h) != 0;
  }
}

package org.sextortionshield.core.model;

import java.util.Arrays;
import java.util.Set;

/**
 * The recipient's name words, looked up by their word feature hash so that a scanned word needs no String of its own
 * to be checked (a hash match is confirmed letter by letter).
 */
final class RecipientNames {
  private static final int FILTER_WORDS = 64;
  private static final RecipientNames NONE = new RecipientNames(new int[0], new String[0]);
  private final int[] hashes;
  private final String[] names;
  /**
   * A bit per name hash's low twelve bits: most words are turned away by one test, before any search (64 bits were
   * too few for a mail to many recipients, whose every name word is one).
   */
  private final long[] filter = new long[FILTER_WORDS];

  private RecipientNames(int[] hashes, String[] names) {
    this.hashes = hashes;
    this.names = names;
    for (int h : hashes) {
      filter[(h >>> 6) & (FILTER_WORDS - 1)] |= 1L << h; // shifts use the low six bits
    }
  }

  static RecipientNames of(Set<String> names) {
    if (names.isEmpty()) {
      return NONE;
    }
    long[] keyed = new long[names.size()];
    String[] byIndex = names.toArray(new String[0]);
    for (int i = 0; i < byIndex.length; i++) {
      keyed[i] = (long) FeatureHash.string(FeatureHash.WORD, byIndex[i]) << 32 | i;
    }
    Arrays.sort(keyed);
    int[] hashes = new int[keyed.length];
    String[] sorted = new String[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      hashes[i] = (int) (keyed[i] >> 32);
      sorted[i] = byIndex[(int) keyed[i]];
    }
    return new RecipientNames(hashes, sorted);
  }

  /** True when the word {@code chars[from, from + length)} with word hash {@code hash} is one of the names. */
  boolean contains(int hash, char[] chars, int from, int length) {
    if ((filter[(hash >>> 6) & (FILTER_WORDS - 1)] & 1L << hash) == 0) {
      return false;
    }
    int i = Arrays.binarySearch(hashes, hash);
    if (i < 0) {
      return false;
    }
    while (i > 0 && hashes[i - 1] == hash) {
      i--;
    }
    for (; i < hashes.length && hashes[i] == hash; i++) {
      if (equal(names[i], chars, from, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equal(String name, char[] chars, int from, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (name.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }
}

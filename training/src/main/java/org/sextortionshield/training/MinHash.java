package org.sextortionshield.training;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sextortionshield.core.model.Terms;

/**
 * MinHash signatures of a message's word 4-grams (after the model's placeholders, so two mails of one template that
 * differ only in amount, wallet or name look the same). The share of equal positions in two signatures estimates the
 * Jaccard similarity of their 4-gram sets.
 */
final class MinHash {
  static final int SIZE = 126;
  static final int SHINGLE = 4;
  private final int[] seeds = new int[SIZE];

  MinHash() {
    SplittableRandom random = new SplittableRandom(0x5e770);
    for (int i = 0; i < SIZE; i++) {
      seeds[i] = random.nextInt();
    }
  }

  int[] signature(List<Terms> segments) {
    int[] sig = empty();
    int[] window = new int[SHINGLE];
    int seen = 0;
    for (Terms t : segments) {
      for (int i = 0; i < t.size(); i++) {
        window[seen % SHINGLE] = t.term(i).hashCode();
        seen++;
        if (seen >= SHINGLE) {
          add(sig, shingle(window, seen));
        }
      }
    }
    if (seen > 0 && seen < SHINGLE) {
      add(sig, shingle(window, seen));
    }
    return sig;
  }

  /** The signature of a message without words: matches nothing (see {@link #isEmpty}). */
  int[] empty() {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    return sig;
  }

  static boolean isEmpty(int[] sig) {
    for (int v : sig) {
      if (v != Integer.MAX_VALUE) {
        return false;
      }
    }
    return true;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static int shingle(int[] window, int seen) {
    int h = 0;
    int n = Math.min(seen, SHINGLE);
    for (int k = 0; k < n; k++) {
      h = h * 31 + window[(seen - n + k) % SHINGLE];
    }
    return h;
  }

  private void add(int[] sig, int shingle) {
    for (int i = 0; i < SIZE; i++) {
      int h = scramble(shingle ^ seeds[i]);
      if (h < sig[i]) {
        sig[i] = h;
      }
    }
  }

  private static int scramble(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & Integer.MAX_VALUE;
  }
}

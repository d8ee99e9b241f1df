package org.sextortionshield.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * Where each distinct word's letter n-grams were written in a message's {@link Occurrences}, so that a repeated word
 * reuses its keys instead of hashing its letters again (natural text repeats most of its words): it copies them when
 * each occurrence's origin is kept, and otherwise only counts the repeat ({@link #repeat}), which the vector adds in
 * once per key. Words are told apart by their letters, not only by their hash. Reused per thread; a message is one
 * {@link #begin}.
 */
final class GramCache {
  private int[] stamps = new int[0];
  private int[] segments;
  private int[] terms;
  private int[] offsets;
  private int[] counts;
  private int[] repeats;
  /** The slots taken in this message, in the order they were taken. */
  private int[] taken = new int[0];
  private int size;
  private int stamp;

  /** Empties the cache for a message of at most {@code maxTerms} terms. */
  void begin(int maxTerms) {
    int capacity = Integer.highestOneBit(Math.max(8, maxTerms) * 2) * 2; // load at most one half
    if (stamps.length < capacity) {
      stamps = new int[capacity];
      segments = new int[capacity];
      terms = new int[capacity];
      offsets = new int[capacity];
      counts = new int[capacity];
      repeats = new int[capacity];
      taken = new int[capacity];
      stamp = 0;
    }
    size = 0;
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
  }

  /** The slot of an earlier word with the letters of term {@code index} of {@code segment}, or -1 - a free slot. */
  int find(List<Terms> all, int segment, int index) {
    Terms t = all.get(segment);
    int mask = stamps.length - 1;
    for (int slot = t.hash(index) & mask; ; slot = (slot + 1) & mask) {
      if (stamps[slot] != stamp) {
        return -1 - slot;
      }
      if (sameLetters(t, index, all.get(segments[slot]), terms[slot])) {
        return slot;
      }
    }
  }

  void put(int slot, int segment, int index, int offset, int count) {
    stamps[slot] = stamp;
    segments[slot] = segment;
    terms[slot] = index;
    offsets[slot] = offset;
    counts[slot] = count;
    repeats[slot] = 0;
    taken[size++] = slot;
  }

  /** The word in {@code slot} occurred once more. */
  void repeat(int slot) {
    repeats[slot]++;
  }

  /** How many slots this message took; {@link #slot} numbers them. */
  int size() {
    return size;
  }

  int slot(int i) {
    return taken[i];
  }

  /** How often the word in {@code slot} occurred after its first occurrence (counted by {@link #repeat}). */
  int repeats(int slot) {
    return repeats[slot];
  }

  int offset(int slot) {
    return offsets[slot];
  }

  int count(int slot) {
    return counts[slot];
  }

  private static boolean sameLetters(Terms a, int i, Terms b, int j) {
    int length = a.charLength(i);
    if (a.hash(i) != b.hash(j) || length != b.charLength(j)) {
      return false;
    }
    char[] x = a.chars();
    char[] y = b.chars();
    int from = a.charStart(i);
    int other = b.charStart(j);
    for (int k = 0; k < length; k++) { // words are short: a plain loop beats the vectorised comparison's set-up
      if (x[from + k] != y[other + k]) {
        return false;
      }
    }
    return true;
  }
}

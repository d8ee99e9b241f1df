package org.sextortionshield.core.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon's words, word prefixes ({@code record*}) and number words, looked up by the rolling hash of a text word's
 * prefixes: one pass over a word's letters finds every lexicon prefix it starts with and whether it is a lexicon word.
 * Most words of a text are in no lexicon, so a bit filter small enough to stay in the processor's cache turns them
 * away before the table is touched (a trie walk took a cache miss per letter instead); a word's shorter prefixes ask
 * a filter of prefix keys only, since short lexicon words ("a", "de", "you") begin so many words.
 */
final class LexiconWords {
  private static final int FILTER_BITS = 1 << 18;
  /** Hashes of prefix keys: a word's shorter prefixes only matter when they are one. */
  private final long[] prefixFilter = new long[FILTER_BITS / 64];
  /** Hashes of every key: the whole word may be a lexicon or number word too. */
  private final long[] wordFilter = new long[FILTER_BITS / 64];
  private final String[] keys;
  /** Each slot's key hash, kept apart from the strings: probing compares ints and touches a string only on a match. */
  private final int[] hashes;
  private final int[] exactAtoms;
  private final int[] prefixAtoms;
  private final boolean[] numberWords;
  private final int longest;

  LexiconWords(Map<String, Integer> exact, Map<String, Integer> prefixes, Set<String> numbers) {
    int size = exact.size() + prefixes.size() + numbers.size();
    int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2; // load at most one half
    keys = new String[capacity];
    hashes = new int[capacity];
    exactAtoms = new int[capacity];
    prefixAtoms = new int[capacity];
    numberWords = new boolean[capacity];
    Arrays.fill(exactAtoms, -1);
    Arrays.fill(prefixAtoms, -1);
    int max = 0;
    for (Map.Entry<String, Integer> e : exact.entrySet()) {
      exactAtoms[slot(e.getKey())] = e.getValue();
      max = Math.max(max, e.getKey().length());
    }
    for (Map.Entry<String, Integer> e : prefixes.entrySet()) {
      prefixAtoms[slot(e.getKey())] = e.getValue();
      int hash = e.getKey().hashCode();
      prefixFilter[(hash & (FILTER_BITS - 1)) >>> 6] |= 1L << hash;
      max = Math.max(max, e.getKey().length());
    }
    for (String w : numbers) {
      numberWords[slot(w)] = true;
      max = Math.max(max, w.length());
    }
    longest = max;
  }

  /** The slot of {@code key}, made when new. */
  private int slot(String key) {
    int hash = key.hashCode();
    wordFilter[(hash & (FILTER_BITS - 1)) >>> 6] |= 1L << hash;
    int mask = keys.length - 1;
    int slot = mix(hash) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = hash;
    return slot;
  }

  /** Receives the atoms of a word. */
  interface AtomSink {
    void add(int atom);
  }

  /**
   * Reports every lexicon prefix {@code word} starts with (shortest first; one equal to the word too), then its atom
   * as an exact lexicon word: the order a walk down a trie would give.
   *
   * @return whether {@code word} is a number word ("two", "zwei")
   */
  boolean lookUp(String word, AtomSink sink) {
    boolean number = false;
    int hash = 0;
    int n = Math.min(word.length(), longest);
    for (int length = 1; length <= n; length++) {
      hash = 31 * hash + word.charAt(length - 1); // String.hashCode of the first `length` characters
      long[] filter = length < word.length() ? prefixFilter : wordFilter;
      if ((filter[(hash & (FILTER_BITS - 1)) >>> 6] & 1L << hash) == 0) {
        continue;
      }
      int slot = find(word, length, hash);
      if (slot < 0) {
        continue;
      }
      if (prefixAtoms[slot] >= 0) {
        sink.add(prefixAtoms[slot]);
      }
      if (length == word.length()) {
        if (exactAtoms[slot] >= 0) {
          sink.add(exactAtoms[slot]);
        }
        number = numberWords[slot];
      }
    }
    return number;
  }

  private int find(String word, int length, int hash) {
    int mask = keys.length - 1;
    for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && keys[slot].length() == length && word.regionMatches(0, keys[slot], 0, length)) {
        return slot;
      }
    }
    return -1;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}

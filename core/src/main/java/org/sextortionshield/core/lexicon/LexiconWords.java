package org.sextortionshield.core.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon's words, word prefixes ({@code record*}) and number words, looked up by the rolling hash of a text word's
 * prefixes: one pass over a word's letters finds every lexicon prefix it starts with and whether it is a lexicon word.
 * Most words of a text are in no lexicon, so a bit filter small enough to stay in the processor's cache turns them
 * away before the table is touched (a trie walk took a cache miss per letter instead); a word's shorter prefixes ask
 * a filter of prefix keys only, and only at the lengths prefix keys have.
 *
 * <p>Before any of that, most words of three or more chars are turned away by a probe or two of a third filter,
 * of keys' first chars: a word of three chars must be a key of three; a longer one must begin as a key of four or
 * more chars does, or with a prefix key of three (nearly all keys are that long; prefix keys all are, else the
 * filter is not used).
 *
 * <p>The table is laid out for the cache too: a slot's hash, key length and atoms sit side by side in one int array,
 * and the keys' characters back to back in one char array, so a probe reads one cache line and a match one more.
 */
final class LexiconWords {
  private static final int PREFIX_FILTER_BITS = 1 << 16;
  private static final int WORD_FILTER_BITS = 1 << 18;
  private static final int START_FILTER_BITS = 1 << 17;
  private static final int SHORT_PREFIX_FILTER_BITS = 1 << 12;
  /** The shortest words {@link #startFilter} turns away. */
  private static final int START = 3;
  /** Ints per slot in {@link #table}. */
  private static final int STRIDE = 4;
  private static final int HASH = 0;
  /** Where the key's chars start in {@link #chars}, shifted left 8, or'ed with the key's length; 0 for an empty slot. */
  private static final int KEY = 1;
  private static final int EXACT = 2;
  /** The prefix atom + 1 shifted left 1 (0: none), or'ed with 1 for a number word. */
  private static final int PREFIX_NUMBER = 3;

  /** Hashes of prefix keys: a word's shorter prefixes only matter when they are one. */
  private final long[] prefixFilter = new long[PREFIX_FILTER_BITS / 64];
  /** Hashes of every key: the whole word may be a lexicon or number word too. */
  private final long[] wordFilter = new long[WORD_FILTER_BITS / 64];
  /**
   * Hashes of the keys of three chars and of the first four chars of longer keys; null when a prefix key is shorter
   * than three chars.
   */
  private final long[] startFilter;
  /** Hashes of the prefix keys of three chars. */
  private final long[] shortPrefixFilter = new long[SHORT_PREFIX_FILTER_BITS / 64];
  private final int[] table;
  private final int mask;
  private final char[] chars;
  private final int shortestPrefix;
  private final int longestPrefix;
  private final int longest;

  LexiconWords(Map<String, Integer> exact, Map<String, Integer> prefixes, Set<String> numbers) {
    int size = exact.size() + prefixes.size() + numbers.size();
    int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2; // load at most one half
    table = new int[capacity * STRIDE];
    mask = capacity - 1;
    StringBuilder pool = new StringBuilder("\0"); // offset 0 marks an empty slot
    int max = 0;
    for (Map.Entry<String, Integer> e : exact.entrySet()) {
      table[slot(e.getKey(), pool) + EXACT] = e.getValue() + 1;
      max = Math.max(max, e.getKey().length());
    }
    int shortest = Integer.MAX_VALUE;
    int longestKey = 0;
    for (Map.Entry<String, Integer> e : prefixes.entrySet()) {
      table[slot(e.getKey(), pool) + PREFIX_NUMBER] |= (e.getValue() + 1) << 1;
      int hash = e.getKey().hashCode();
      prefixFilter[(hash & (PREFIX_FILTER_BITS - 1)) >>> 6] |= 1L << hash;
      shortest = Math.min(shortest, e.getKey().length());
      longestKey = Math.max(longestKey, e.getKey().length());
    }
    for (String w : numbers) {
      table[slot(w, pool) + PREFIX_NUMBER] |= 1;
      max = Math.max(max, w.length());
    }
    chars = pool.toString().toCharArray();
    startFilter = shortest < START ? null : new long[START_FILTER_BITS / 64];
    if (startFilter != null) {
      for (String key : prefixes.keySet()) {
        if (key.length() == START) {
          int hash = key.hashCode();
          shortPrefixFilter[(hash & (SHORT_PREFIX_FILTER_BITS - 1)) >>> 6] |= 1L << hash;
        }
      }
      for (Set<String> keys : List.of(exact.keySet(), prefixes.keySet(), numbers)) {
        for (String key : keys) {
          if (key.length() >= START) {
            int hash = key.substring(0, Math.min(key.length(), START + 1)).hashCode();
            startFilter[(hash & (START_FILTER_BITS - 1)) >>> 6] |= 1L << hash;
          }
        }
      }
    }
    shortestPrefix = shortest;
    longestPrefix = longestKey;
    longest = Math.max(max, longestKey);
  }

  /** The longest key: a buffer for {@link #lookUp(String, char[], AtomSink)} needs this many chars. */
  int longest() {
    return longest;
  }

  /** The slot of {@code key} (its index in {@link #table}), made when new. */
  private int slot(String key, StringBuilder pool) {
    if (key.isEmpty() || key.length() > 0xff) {
      throw new IllegalArgumentException("a lexicon word must have 1 to 255 chars: '" + key + "'");
    }
    int hash = key.hashCode();
    wordFilter[(hash & (WORD_FILTER_BITS - 1)) >>> 6] |= 1L << hash;
    int slot = mix(hash) & mask;
    while (table[slot * STRIDE + KEY] != 0 && !key(slot, pool).equals(key)) {
      slot = (slot + 1) & mask;
    }
    int at = slot * STRIDE;
    if (table[at + KEY] == 0) {
      table[at + HASH] = hash;
      table[at + KEY] = pool.length() << 8 | key.length();
      pool.append(key);
    }
    return at;
  }

  private String key(int slot, StringBuilder pool) {
    int key = table[slot * STRIDE + KEY];
    return pool.substring(key >>> 8, (key >>> 8) + (key & 0xff));
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
    return lookUp(word, new char[longest], sink);
  }

  /** As {@link #lookUp(String, AtomSink)}, reading the word's chars in {@code w} (at least {@link #longest} long). */
  boolean lookUp(String word, char[] w, AtomSink sink) {
    int length = word.length();
    if (length >= START && startFilter != null) {
      int three = (31 * word.charAt(0) + word.charAt(1)) * 31 + word.charAt(2);
      int start = length == START ? three : 31 * three + word.charAt(START);
      if ((startFilter[(start & (START_FILTER_BITS - 1)) >>> 6] & 1L << start) == 0 && (length == START
          || (shortPrefixFilter[(three & (SHORT_PREFIX_FILTER_BITS - 1)) >>> 6] & 1L << three) == 0)) {
        return false; // no key it could be or begin with (no prefix key is shorter than three chars)
      }
    }
    if (length > longest) { // only its prefixes can be keys
      int n = Math.min(length, longestPrefix);
      word.getChars(0, n, w, 0);
      prefixes(w, n, sink);
      return false;
    }
    word.getChars(0, length, w, 0);
    int hash = prefixes(w, Math.min(length - 1, longestPrefix), sink);
    for (int k = Math.max(0, Math.min(length - 1, longestPrefix)); k < length; k++) {
      hash = 31 * hash + w[k];
    }
    if (length == 0 || (wordFilter[(hash & (WORD_FILTER_BITS - 1)) >>> 6] & 1L << hash) == 0) {
      return false;
    }
    int at = find(w, length, hash);
    if (at < 0) {
      return false;
    }
    int prefixNumber = table[at + PREFIX_NUMBER];
    if (prefixNumber >>> 1 != 0) {
      sink.add((prefixNumber >>> 1) - 1);
    }
    if (table[at + EXACT] != 0) {
      sink.add(table[at + EXACT] - 1);
    }
    return (prefixNumber & 1) != 0;
  }

  /** Reports the prefix keys among the prefixes of {@code w[0, upTo)}, shortest first; returns the hash of all of it. */
  private int prefixes(char[] w, int upTo, AtomSink sink) {
    int hash = 0;
    for (int k = 0; k < upTo; k++) {
      hash = 31 * hash + w[k]; // String.hashCode of the first k + 1 characters
      if (k + 1 < shortestPrefix || (prefixFilter[(hash & (PREFIX_FILTER_BITS - 1)) >>> 6] & 1L << hash) == 0) {
        continue;
      }
      int at = find(w, k + 1, hash);
      if (at >= 0 && table[at + PREFIX_NUMBER] >>> 1 != 0) {
        sink.add((table[at + PREFIX_NUMBER] >>> 1) - 1);
      }
    }
    return hash;
  }

  /** The index in {@link #table} of the key {@code w[0, length)}, or -1. */
  private int find(char[] w, int length, int hash) {
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int at = slot * STRIDE;
      int key = table[at + KEY];
      if (key == 0) {
        return -1;
      }
      if (table[at + HASH] == hash && (key & 0xff) == length && same(w, key >>> 8, length)) {
        return at;
      }
    }
  }

  private boolean same(char[] w, int from, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[from + k] != w[k]) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}

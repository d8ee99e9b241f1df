package org.sextortionshield.core.text;

import java.util.Arrays;

/**
 * Numbers the distinct words of a text and hands out one shared {@link String} per distinct word. Words repeat
 * (natural text follows Zipf's law; padding repeats one unit a million times), so sharing keeps a long text's token
 * list small and saves building a string for every occurrence, and the number lets later stages work a word out once
 * per text (see {@link Tokens#wordId}). Bounded: after {@link #MAX_WORDS} distinct words, new ones get no number and
 * are not shared.
 */
final class WordTable {
  static final int MAX_WORDS = 1 << 15;
  /** Open addressing: each slot holds a word's number + 1, or 0 when empty. */
  private int[] slots;
  private String[] words;
  private int count;

  WordTable() {
    this(32);
  }

  /** A table with room for about {@code expectedWords} distinct words before it grows. */
  WordTable(int expectedWords) {
    int room = Integer.highestOneBit(Math.max(16, Math.min(expectedWords, MAX_WORDS)) - 1) * 2;
    slots = new int[room * 2]; // load at most one half
    words = new String[room];
  }

  /** The number of the word {@code s[start, end)}, given to it now when it is new; -1 once the table is full. */
  int id(String s, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + s.charAt(k);
    }
    return id(s, start, end, hash);
  }

  /**
   * As {@link #id(String, int, int)}, with the word's {@link String#hashCode} already worked out (by a scan that
   * reads its characters anyway); a stored word's cached hash is compared first.
   */
  int id(String s, int start, int end, int hash) {
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    for (int id; (id = slots[slot] - 1) >= 0; slot = (slot + 1) & mask) {
      String w = words[id];
      if (w.hashCode() == hash && w.length() == end - start && s.regionMatches(start, w, 0, end - start)) {
        return id;
      }
    }
    if (count == MAX_WORDS) {
      return -1;
    }
    if (count == words.length) {
      words = Arrays.copyOf(words, count * 2);
    }
    words[count] = s.substring(start, end);
    slots[slot] = ++count;
    if (count * 2 > slots.length) {
      grow();
    }
    return count - 1;
  }

  /** Word number {@code id}. */
  String word(int id) {
    return words[id];
  }

  /** How many distinct words have a number. */
  int size() {
    return count;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < count; id++) {
      int slot = mix(words[id].hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}

package org.sextortionshield.core.text;

import java.util.Arrays;

/**
 * Numbers the distinct words of a text and hands out one shared {@link String} per distinct word. Words repeat
 * (natural text follows Zipf's law; padding repeats one unit a million times), so sharing keeps a long text's token
 * list small and saves building a string for every occurrence, and the number lets later stages work a word out once
 * per text (see {@link Tokens#wordId}). Bounded: after {@link #MAX_WORDS} distinct words, new ones get no number and
 * are not shared.
 *
 * <p>Words are spans of one char array (the text's); a word is compared with the first occurrence of each candidate
 * in that array, char by char, after its hash and length. A thread reuses one table text after text
 * ({@link #forText}): its slots carry the number of the text (an epoch) they were filled for, so nothing is cleared.
 */
final class WordTable {
  static final int MAX_WORDS = 1 << 15;
  /** A thread keeps its table between texts while the table holds at most this many words. */
  static final int KEEP_WORDS = 1 << 12;
  private static final ThreadLocal<WordTable> TABLES = ThreadLocal.withInitial(() -> new WordTable(16));

  private char[] text;
  /** Open addressing, the first {@code mask + 1}: each slot holds {@code epoch << 16 | number + 1}; another epoch is empty. */
  private int[] slots;
  private int mask;
  private int epoch = 1;
  /** Per word number: its hash, and where its first occurrence starts and ends in {@link #text}. */
  private int[] hashes;
  private int[] starts;
  private int[] ends;
  private String[] words;
  private int count;

  private WordTable(int expectedWords) {
    int room = room(expectedWords);
    slots = new int[room * 2]; // load at most one half
    hashes = new int[room];
    starts = new int[room];
    ends = new int[room];
    words = new String[room];
  }

  private static int room(int expectedWords) {
    return Integer.highestOneBit(Math.max(16, Math.min(expectedWords, MAX_WORDS)) - 1) * 2;
  }

  /**
   * A table for the words of {@code text}, with room for about {@code expectedWords} distinct ones before it grows:
   * the thread's own, emptied, unless that is too small, or too big to keep.
   */
  static WordTable forText(char[] text, int expectedWords) {
    if (room(expectedWords) > KEEP_WORDS) {
      return fresh(text, expectedWords); // a long text's table is made for it alone
    }
    WordTable table = TABLES.get();
    if (table.words.length > KEEP_WORDS) {
      table = new WordTable(expectedWords); // grown past what a thread keeps by the last text
      TABLES.set(table);
    }
    table.start(text, expectedWords);
    return table;
  }

  /** A table of its own for the words of {@code text}. */
  static WordTable fresh(char[] text, int expectedWords) {
    WordTable table = new WordTable(expectedWords);
    table.start(text, expectedWords);
    return table;
  }

  private void start(char[] text, int expectedWords) {
    this.text = text;
    count = 0;
    mask = Math.min(slots.length, room(expectedWords) * 2) - 1;
    nextEpoch();
  }

  private void nextEpoch() {
    if (++epoch == 1 << 16) {
      Arrays.fill(slots, 0);
      epoch = 1;
    }
  }

  /** {@link String#hashCode} of {@code text[start, end)}. */
  static int hash(char[] text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + text[k];
    }
    return hash;
  }

  /** The number of the word {@code text[start, end)}, given to it now when it is new; -1 once the table is full. */
  int id(int start, int end) {
    return id(start, end, hash(text, start, end));
  }

  /** As {@link #id(int, int)}, with the word's {@link String#hashCode} worked out by the scan that found it. */
  int id(int start, int end, int hash) {
    int slot = mix(hash) & mask;
    int stamp = epoch << 16;
    for (int v; ((v = slots[slot]) & 0xffff0000) == stamp; slot = (slot + 1) & mask) {
      int id = (v & 0xffff) - 1;
      if (hashes[id] == hash && ends[id] - starts[id] == end - start && same(starts[id], start, end - start)) {
        return id;
      }
    }
    if (count == MAX_WORDS) {
      return -1;
    }
    if (count == words.length) {
      int room = count * 2;
      hashes = Arrays.copyOf(hashes, room);
      starts = Arrays.copyOf(starts, room);
      ends = Arrays.copyOf(ends, room);
      words = Arrays.copyOf(words, room);
    }
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = end;
    words[count] = new String(text, start, end - start);
    slots[slot] = stamp | ++count;
    if (count * 2 > mask + 1) {
      grow();
    }
    return count - 1;
  }

  private boolean same(int a, int b, int length) {
    char[] t = text;
    for (int k = 0; k < length; k++) {
      if (t[a + k] != t[b + k]) {
        return false;
      }
    }
    return true;
  }

  /** Lets go of the text once its words are numbered (the thread keeps the table, not the text). */
  void release() {
    text = null;
  }

  /** Word number {@code id}. */
  String word(int id) {
    return words[id];
  }

  /** How many distinct words have a number. */
  int size() {
    return count;
  }

  /** Twice the room, the words placed again under a new epoch. */
  private void grow() {
    int size = (mask + 1) * 2;
    if (slots.length < size) {
      slots = new int[size];
    }
    mask = size - 1;
    nextEpoch();
    int stamp = epoch << 16;
    for (int id = 0; id < count; id++) {
      int slot = mix(hashes[id]) & mask;
      while ((slots[slot] & 0xffff0000) == stamp) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = stamp | (id + 1);
    }
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}

package org.sextortionshield.core.text;

import java.util.Arrays;

/**
 * The words of a normalised text (runs of letters and digits), with their normalised spans and sentence numbers.
 * Letters spelled out one by one ("b i t c o i n", "b.i.t.c.o.i.n") are joined into one word, a common
 * filter-evasion trick.
 */
public final class Tokens {
  private static final int MIN_SPELLED_OUT = 4;

  private final NormalizedText text;
  private String[] words;
  private int[] ids;
  private int[] starts;
  private int[] ends;
  private int[] sentences;
  private int size;
  private int sentence;
  private int distinctWords;

  private Tokens(NormalizedText text, int capacity) {
    this.text = text;
    this.words = new String[capacity];
    this.ids = new int[capacity];
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.sentences = new int[capacity];
  }

  public static Tokens of(NormalizedText text) {
    String s = text.text();
    Tokens tokens = new Tokens(text, RunRoom.of(s, c -> isWordChar((char) c)));
    // distinct words: more than half the words of a short mail, fewer in a long one; growing the table rehashes
    WordTable table = new WordTable(s.length() / 10);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isWordChar(c)) {
        if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 >= n || s.charAt(i + 1) == ' '
            || s.charAt(i + 1) == '\n')) {
          tokens.sentence++;
        }
        i++;
        continue;
      }
      int start = i;
      int hash = 0; // String.hashCode of the word, worked out on the way for the word table
      for (char w; i < n && isWordChar(w = s.charAt(i)); i++) {
        hash = 31 * hash + w;
      }
      if (i - start == 1 && Character.isLetter(s.charAt(start))) {
        i = tokens.spelledOut(s, start, table);
      } else {
        tokens.add(table.id(s, start, i, hash), table, s, start, i);
      }
    }
    tokens.distinctWords = table.size();
    return tokens;
  }

  /** Joins single letters separated by one non-word character; falls back to the single letter. */
  private int spelledOut(String s, int start, WordTable table) {
    int n = s.length();
    int pos = start;
    int end = start;
    int letters = 0;
    while (pos < n && isWordChar(s.charAt(pos)) && (pos + 1 >= n || !isWordChar(s.charAt(pos + 1)))) {
      letters++;
      end = pos + 1;
      if (pos + 2 < n && !isWordChar(s.charAt(pos + 1)) && isWordChar(s.charAt(pos + 2))) {
        pos += 2;
      } else {
        break;
      }
    }
    if (letters < MIN_SPELLED_OUT) {
      add(table, s, start, start + 1);
      return start + 1;
    }
    char[] joined = new char[letters]; // the letters sit at every other position
    for (int k = 0; k < letters; k++) {
      joined[k] = s.charAt(start + 2 * k);
    }
    add(new String(joined), -1, start, end);
    return end;
  }

  /** A letter or digit of any script: what words are made of. */
  public static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
        || c >= 0x80 && Character.isLetterOrDigit(c);
  }

  private void add(WordTable table, String s, int start, int end) {
    add(table.id(s, start, end), table, s, start, end);
  }

  private void add(int id, WordTable table, String s, int start, int end) {
    add(id >= 0 ? table.word(id) : s.substring(start, end), id, start, end);
  }

  private void add(String word, int id, int start, int end) {
    if (size == words.length) {
      int capacity = size + (size >> 1) + 1;
      words = Arrays.copyOf(words, capacity);
      ids = Arrays.copyOf(ids, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      sentences = Arrays.copyOf(sentences, capacity);
    }
    sentences[size] = sentence;
    words[size] = word;
    ids[size] = id;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  public NormalizedText text() {
    return text;
  }

  public int size() {
    return size;
  }

  public String word(int i) {
    return words[i];
  }

  /**
   * The number of word {@code i} among the text's distinct words (the same characters, the same number; below
   * {@link #distinctWords}), or -1 for a word without one (letters spelled out, or past the table's bound).
   */
  public int wordId(int i) {
    return ids[i];
  }

  /** How many distinct words have a {@link #wordId}. */
  public int distinctWords() {
    return distinctWords;
  }

  /** Normalised start offset of word {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** Normalised end offset (exclusive) of word {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** Which sentence word {@code i} belongs to: a counter that moves on at ". ", "! ", "? " and paragraph breaks. */
  public int sentence(int i) {
    return sentences[i];
  }

  /** The original text of words [from, to). */
  public String quote(int from, int to) {
    return text.quote(starts[from], ends[to - 1]);
  }

  /** Index of the first word starting at or after normalised offset {@code offset}; size() when none. */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

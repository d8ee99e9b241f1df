package org.sextortionshield.core.text;

import java.util.Arrays;

/**
 * The words of a normalised text (runs of letters and digits), with their normalised spans and sentence numbers.
 * Letters spelled out one by one ("b i t c o i n", "b.i.t.c.o.i.n") are joined into one word, a common
 * filter-evasion trick.
 */
public final class Tokens {
  private static final int MIN_SPELLED_OUT = 4;

  /** Letters and digits below 0x80, the words' characters met most. */
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
  }

  private final NormalizedText text;
  private String[] words;
  /** Per word, side by side: its {@link #wordId}, start, end and sentence (one array: made once, read together). */
  private int[] spans;
  private int size;
  private int sentence;
  private int distinctWords;

  private Tokens(NormalizedText text, int capacity) {
    this.text = text;
    this.words = new String[capacity];
    this.spans = new int[capacity * 4];
  }

  public static Tokens of(NormalizedText text) {
    char[] s = text.chars();
    int n = text.length();
    Tokens tokens = new Tokens(text, RunRoom.of(text.text(), c -> isWordChar((char) c)));
    // distinct words: more than half the words of a short mail, fewer in a long one; growing the table rehashes
    WordTable table = WordTable.forText(s, n / 10);
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (!isWordChar(c)) {
        if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 >= n || s[i + 1] == ' ' || s[i + 1] == '\n')) {
          tokens.sentence++;
        }
        i++;
        continue;
      }
      int start = i;
      int hash = 0; // String.hashCode of the word, worked out on the way for the word table
      for (char w; i < n && isWordChar(w = s[i]); i++) {
        hash = 31 * hash + w;
      }
      if (i - start == 1 && Character.isLetter(c)) {
        i = tokens.spelledOut(s, n, start, table);
      } else {
        tokens.add(table.id(start, i, hash), table, start, i);
      }
    }
    tokens.distinctWords = table.size();
    table.release();
    return tokens;
  }

  /** Joins single letters separated by one non-word character; falls back to the single letter. */
  private int spelledOut(char[] s, int n, int start, WordTable table) {
    int pos = start;
    int end = start;
    int letters = 0;
    while (pos < n && isWordChar(s[pos]) && (pos + 1 >= n || !isWordChar(s[pos + 1]))) {
      letters++;
      end = pos + 1;
      if (pos + 2 < n && !isWordChar(s[pos + 1]) && isWordChar(s[pos + 2])) {
        pos += 2;
      } else {
        break;
      }
    }
    if (letters < MIN_SPELLED_OUT) {
      add(table.id(start, start + 1), table, start, start + 1);
      return start + 1;
    }
    char[] joined = new char[letters]; // the letters sit at every other position
    for (int k = 0; k < letters; k++) {
      joined[k] = s[start + 2 * k];
    }
    add(new String(joined), -1, start, end);
    return end;
  }

  /** A letter or digit of any script: what words are made of. */
  public static boolean isWordChar(char c) {
    return c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  private void add(int id, WordTable table, int start, int end) {
    add(id >= 0 ? table.word(id) : text.text().substring(start, end), id, start, end);
  }

  private void add(String word, int id, int start, int end) {
    if (size == words.length) {
      int capacity = size + (size >> 1) + 1;
      words = Arrays.copyOf(words, capacity);
      spans = Arrays.copyOf(spans, capacity * 4);
    }
    words[size] = word;
    int at = size++ * 4;
    spans[at] = id;
    spans[at + 1] = start;
    spans[at + 2] = end;
    spans[at + 3] = sentence;
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
    return spans[i * 4];
  }

  /** How many distinct words have a {@link #wordId}. */
  public int distinctWords() {
    return distinctWords;
  }

  /** Normalised start offset of word {@code i}. */
  public int start(int i) {
    return spans[i * 4 + 1];
  }

  /** Normalised end offset (exclusive) of word {@code i}. */
  public int end(int i) {
    return spans[i * 4 + 2];
  }

  /** Which sentence word {@code i} belongs to: a counter that moves on at ". ", "! ", "? " and paragraph breaks. */
  public int sentence(int i) {
    return spans[i * 4 + 3];
  }

  /** The original text of words [from, to). */
  public String quote(int from, int to) {
    return text.quote(start(from), end(to - 1));
  }

  /** Index of the first word starting at or after normalised offset {@code offset}; size() when none. */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
